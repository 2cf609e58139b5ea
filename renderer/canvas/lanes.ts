// canvas/lanes: the names the timeline writes beside its lanes (the axis overlay draws them; the label grid keeps off them).

export const LANE_LABEL: Record<string, string> = {
  demonstration: 'Demonstration',
  comparison: 'Comparison',
  generalist: 'Generalist',
  text: 'Text',
  'image-text': 'Image-text',
  sources: 'Source data',
  models: 'Models',
  techniques: 'Techniques',
  references: 'References',
};
