/** A chart drawn as SVG, shown as an image and saved as SVG or as PNG at twice its size. */
import { useT } from '../i18n/context.tsx';
import { Notice, useNotice } from './Notice.tsx';
import { useFileSave } from './useFileSave.ts';

/** The SVG drawn on a canvas at twice its size, as PNG bytes. */
async function svgToPng(svg: string): Promise<Uint8Array> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * 2;
  canvas.height = image.height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG could not be made');
  return new Uint8Array(await blob.arrayBuffer());
}

interface Props {
  svg: string;
  title: string;
  /** File name without extension. */
  stem: string;
  testId?: string;
  /** Controls shown before the save buttons, e.g. which role's chart. */
  children?: React.ReactNode;
}

export function SvgChart({ svg, title, stem, testId, children }: Props) {
  const t = useT();
  const notices = useNotice();
  const save = useFileSave(notices);
  return (
    <>
      <div className="toolbar">
        {children}
        <button type="button" onClick={() => void save([{ name: `${stem}.svg`, content: svg }])}>
          {t('chart.saveSvg')}
        </button>
        <button type="button" onClick={() => void svgToPng(svg).then((png) => save([{ name: `${stem}.png`, content: png }]))}>
          {t('chart.savePng')}
        </button>
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      <img className="chart-image" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={title} data-testid={testId} />
    </>
  );
}
