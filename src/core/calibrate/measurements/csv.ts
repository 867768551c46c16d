// A small RFC 4180 CSV reader (quoted fields with commas and doubled quotes) that keeps line numbers.
import { EnergyDiffError } from '../../common/index.js';

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export function parseCsv(text: string, file: string): CsvTable {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) throw new EnergyDiffError('E_CSV', 'unterminated quoted field', { file, jsonPath: `line ${recordLine}` });
  if (field !== '' || fields.length > 0) endRecord();
  const [head, ...rest] = records;
  if (!head) throw new EnergyDiffError('E_CSV', 'empty CSV file (no header line)', { file });
  for (const r of rest) {
    if (r.fields.length !== head.fields.length) {
      throw new EnergyDiffError('E_CSV', `expected ${head.fields.length} fields as in the header, got ${r.fields.length}`, {
        file,
        jsonPath: `line ${r.line}`,
      });
    }
  }
  return { header: head.fields, records: rest };
}

/** A finite number from a named column, or an error naming file, line and column. */
export function csvNumber(table: CsvTable, record: CsvRecord, column: string, file: string): number {
  const index = table.header.indexOf(column);
  if (index < 0) throw new EnergyDiffError('E_CSV', `missing column '${column}' in the header`, { file, jsonPath: 'line 1' });
  const raw = record.fields[index] ?? '';
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new EnergyDiffError('E_CSV', `expected a number, got ${JSON.stringify(raw)}`, {
      file,
      jsonPath: `line ${record.line}, column ${index + 1} (${column})`,
    });
  }
  return value;
}
