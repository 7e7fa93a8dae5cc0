import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportButton } from '../../src/app/ImportButton';

/** A worker that never answers on its own (like one stuck on a pathological file), and says whether it was terminated. */
class StuckWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

describe('ImportButton', () => {
  it('a running import can be cancelled: the worker is terminated and the button comes back', async () => {
    const worker = new StuckWorker();
    const onImported = vi.fn();
    const onError = vi.fn();
    render(<ImportButton onImported={onImported} onError={onError} createWorker={() => worker as unknown as Worker} />);
    await userEvent.upload(screen.getByTestId('import-input'), new File(['<'.repeat(1000)], 'AB1.html', { type: 'text/html' }));
    expect(await screen.findByText(/Importing 0 of 1/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import bills…' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(worker.terminated).toBe(true);
    expect(screen.queryByText(/Importing/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import bills…' })).toBeEnabled();
    worker.say({ type: 'done', text: '{}', report: {} });
    expect(onImported).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('passes a failed import on with its problems', async () => {
    const worker = new StuckWorker();
    const onError = vi.fn();
    render(<ImportButton onImported={vi.fn()} onError={onError} createWorker={() => worker as unknown as Worker} />);
    await userEvent.upload(screen.getByTestId('import-input'), new File(['{'], 'a.json', { type: 'application/json' }));
    await screen.findByText(/Importing/);
    worker.say({ type: 'error', message: 'no bill could be imported from this file', details: ['a.json: not valid JSON: x'] });
    expect(onError).toHaveBeenCalledWith('no bill could be imported from this file', ['a.json: not valid JSON: x']);
    expect(worker.terminated).toBe(true);
  });
});
