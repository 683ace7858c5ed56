/**
 * Saving one of the Telusuri lists: as CSV (RFC 4180, the list's own columns) or as an
 * Excel workbook with the same columns. The rows are asked for when a button is pressed,
 * so a list is only written out when the user wants it.
 */
import { writeSheetCsv } from '../../../shared/formats/csv.ts';
import type { SheetRow } from '../../../shared/formats/sheet-xlsx.ts';
import { useT } from '../../i18n/context.tsx';
import { messageOf, type useNotice } from '../../ui/Notice.tsx';
import { useFileSave } from '../../ui/useFileSave.ts';
import { useCsvKind } from '../../csv-kind.ts';
import { CsvKindSelect } from '../../ui/CsvKindSelect.tsx';

interface Props {
  /** File name without extension, e.g. `hasil-pencarian`. */
  name: string;
  /** Text of the buttons: "{format}" is replaced by CSV or Excel. */
  label: string;
  disabled: boolean;
  notices: ReturnType<typeof useNotice>;
  table(): { header: readonly string[]; rows: readonly SheetRow[] };
}

export function SaveList({ name, label, disabled, notices, table }: Props) {
  const t = useT();
  const save = useFileSave(notices);
  const [csvKind] = useCsvKind();
  async function saveAs(format: 'csv' | 'xlsx') {
    try {
      const { header, rows } = table();
      if (format === 'csv') {
        await save([{ name: `${name}.csv`, content: writeSheetCsv(header, rows, csvKind) }], [{ name: 'CSV', extensions: ['csv'] }]);
        return;
      }
      const { sheetToXlsx } = await import('../../../shared/formats/sheet-xlsx.ts');
      await save([{ name: `${name}.xlsx`, content: await sheetToXlsx(name, header, rows) }], [{ name: 'Excel', extensions: ['xlsx'] }]);
    } catch (e) {
      notices.error(t('error.unexpected', { message: messageOf(e) }));
    }
  }
  return (
    <span className="save-list">
      <CsvKindSelect />
      <button type="button" disabled={disabled} onClick={() => void saveAs('csv')}>
        {label.replace('{format}', 'CSV')}
      </button>
      <button type="button" disabled={disabled} onClick={() => void saveAs('xlsx')}>
        {label.replace('{format}', 'Excel')}
      </button>
    </span>
  );
}
