/** The plan's text as a flat sequence of typed blocks, in source order. */
export interface IndicatorRow {
  number: number;
  category: string;
  name: string;
  unit: string;
  local: boolean;
  baseline: string | null;
  target: string;
  line: number;
}

export interface MethodRow {
  number: number;
  name: string;
  method: string;
  line: number;
}

export type Block =
  | { kind: 'title'; text: string; line: number }
  | { kind: 'preface'; title: string; line: number }
  | { kind: 'chapter'; number: number; label: string; title: string; line: number }
  | { kind: 'section'; number: number; label: string; title: string; line: number }
  | { kind: 'heading3'; number: number; label: string; title: string; line: number }
  | { kind: 'heading4'; number: number; label: string; title: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'zhuanlan'; number: number; title: string; line: number }
  | { kind: 'figure'; number: number; caption: string; line: number }
  | { kind: 'indicatorTable'; caption: string; columns: string[]; rows: IndicatorRow[]; line: number }
  | { kind: 'annexList'; items: string[]; line: number }
  | { kind: 'annex'; number: number; label: string; title: string; line: number }
  | { kind: 'methodTable'; columns: string[]; rows: MethodRow[]; line: number }
  | { kind: 'glossaryEntry'; number: number; label: string; separator: string; definition: string; line: number };
