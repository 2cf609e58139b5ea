// layout/size: the node box every layout assumes, apart from the layouts' schemas (the canvas layer's worker
// imports it without zod).
/** Node box size every layout assumes (the canvas and the figure draw nodes this big). */
export const NODE_SIZE = 30;
