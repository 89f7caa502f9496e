import qrcode from "qrcode-generator";

// The pack's QR code (issue #14), as SVG that Chromium prints as vectors: sharp at any zoom, so a
// phone reads it from paper. One path of dark squares, a quiet zone of four modules as the
// standard asks, medium error correction (a crease or a stamp over it still reads).

export function qrCodeSvg(text: string, label: string): string {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  const size = code.getModuleCount();
  const quiet = 4;
  const squares: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (code.isDark(row, col)) squares.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
  }
  const side = size + 2 * quiet;
  const name = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${name}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${squares.join("")}"/></svg>`
  );
}
