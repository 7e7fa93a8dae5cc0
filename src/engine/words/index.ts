/** Every sentence Tiebar writes about outcomes lives in this folder: explanations, the story, provisions, captions, impact, tables. */
export * from './grammar';
export * from './facts';
export * from './explanations';
export * from './outcomes';
export * from './provisions';
export * from './story';
export * from './captions';
export * from './impact';
export * from './chainLines';
export * from './packages';
export * from './sources';
export * from './subjects';
export * from './tables';
