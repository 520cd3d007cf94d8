// Exports the drawn Sankey as a file: the SVG as it is on screen, or a PNG painted from it on a canvas.

const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** The SVG text, standalone (namespace, white background) so it opens in any viewer. */
export const svgText = (svg: SVGSVGElement): string => {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.style.background = '#ffffff';
  return new XMLSerializer().serializeToString(copy);
};

export const downloadSvg = (svg: SVGSVGElement, name: string) =>
  save(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${name}.svg`);

export const downloadPng = async (svg: SVGSVGElement, name: string, scale = 2): Promise<void> => {
  const { width, height } = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: width * scale, height: height * scale });
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot paint a PNG.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('This browser cannot paint a PNG.');
    save(blob, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
};
