/** The canvas renderer's module, loaded on first need (a story drawn in SVG never downloads it). */
export const loadCanvasView = () => import('./canvas/createCanvasView');
