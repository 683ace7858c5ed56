/**
 * The codebooks a study can start from. The e-Warong KUBE matrix of the published study
 * is the default; two role lists from the social-work literature start with no agendas,
 * because the researcher's programme decides those; an empty matrix; and an empty codebook
 * whose categories each get their own codes.
 */
import type { Bilingual, Codebook, Role } from '../model.ts';
import { paletteColor } from '../palette.ts';
import { EWARONG_KUBE } from './ewarong-kube.ts';

export type TemplateKey = 'ewarong-kube' | 'pendamping-sosial' | 'pekerja-sosial' | 'empty' | 'empty-tree';

export interface CodebookTemplate {
  key: TemplateKey;
  name: Bilingual;
  codebook: Codebook;
}

function rolesOf(list: [Bilingual, Bilingual][]): Role[] {
  return list.map(([name, definition], i) => ({ number: i + 1, name, definition, color: paletteColor(i + 1), rows: [] }));
}

const PENDAMPING_SOSIAL: Codebook = {
  name: 'Peran pendamping sosial',
  prefix: '4',
  sharedRows: true,
  roles: rolesOf([
    [{ id: 'Perencana', en: 'Planner' }, { id: 'Menyusun rencana kegiatan pendampingan bersama kelompok.', en: 'Plans the assistance activities together with the group.' }],
    [{ id: 'Mediator', en: 'Mediator' }, { id: 'Menengahi perbedaan dan konflik antara kelompok dan pihak lain.', en: 'Mediates differences and conflicts between the group and others.' }],
    [{ id: 'Fasilitator', en: 'Facilitator' }, { id: 'Memudahkan kelompok menjalankan kegiatan dan mengambil keputusan.', en: 'Makes it easier for the group to act and decide.' }],
    [{ id: 'Advokator', en: 'Advocate' }, { id: 'Membela hak dan kepentingan penerima manfaat.', en: 'Defends the rights and interests of beneficiaries.' }],
    [{ id: 'Motivator', en: 'Motivator' }, { id: 'Mendorong semangat dan kemandirian kelompok.', en: 'Encourages the group’s spirit and self-reliance.' }],
    [{ id: 'Evaluator', en: 'Evaluator' }, { id: 'Menilai jalannya program dan hasil pendampingan.', en: 'Assesses how the programme and the assistance are going.' }],
  ]),
  agendas: [],
  memos: [],
};

const PEKERJA_SOSIAL: Codebook = {
  name: 'Peran pekerja sosial (Parsons, Jorgensen & Hernandez)',
  prefix: '4',
  sharedRows: true,
  roles: rolesOf([
    [{ id: 'Fasilitator', en: 'Facilitator' }, { id: 'Membantu klien menemukan dan menggunakan kekuatannya sendiri.', en: 'Helps clients find and use their own strengths.' }],
    [{ id: 'Broker', en: 'Broker' }, { id: 'Menghubungkan klien dengan sistem sumber yang dibutuhkan.', en: 'Links clients with the resource systems they need.' }],
    [{ id: 'Mediator', en: 'Mediator' }, { id: 'Menengahi konflik antara klien dan sistem lain.', en: 'Mediates conflicts between clients and other systems.' }],
    [{ id: 'Pembela (advokasi)', en: 'Advocate' }, { id: 'Berbicara dan bertindak atas nama klien untuk memperoleh haknya.', en: 'Speaks and acts on the client’s behalf to obtain their rights.' }],
    [{ id: 'Penyusun strategi', en: 'Strategist' }, { id: 'Merancang strategi perubahan bersama klien dan komunitas.', en: 'Designs strategies for change with clients and the community.' }],
  ]),
  agendas: [],
  memos: [],
};

const EMPTY: Codebook = { name: 'Matriks kosong', prefix: '4', sharedRows: true, roles: [], agendas: [], memos: [] };

const EMPTY_TREE: Codebook = { name: 'Kategori dengan kode sendiri', prefix: '4', sharedRows: false, roles: [], agendas: [], memos: [] };

export const CODEBOOK_TEMPLATES: CodebookTemplate[] = [
  { key: 'ewarong-kube', name: { id: 'e-Warong KUBE: peran × agenda', en: 'e-Warong KUBE: role × agenda' }, codebook: EWARONG_KUBE },
  { key: 'pendamping-sosial', name: { id: 'Peran pendamping sosial', en: 'Roles of social assistants' }, codebook: PENDAMPING_SOSIAL },
  { key: 'pekerja-sosial', name: { id: 'Peran pekerja sosial (Parsons, Jorgensen & Hernandez)', en: 'Roles of social workers (Parsons, Jorgensen & Hernandez)' }, codebook: PEKERJA_SOSIAL },
  { key: 'empty', name: { id: 'Matriks kosong', en: 'Empty matrix' }, codebook: EMPTY },
  { key: 'empty-tree', name: { id: 'Kategori dengan kode sendiri (kosong)', en: 'Categories with their own codes (empty)' }, codebook: EMPTY_TREE },
];

/** A fresh copy of a template's codebook, safe to edit. */
export function codebookFromTemplate(key: TemplateKey): Codebook {
  const template = CODEBOOK_TEMPLATES.find((t) => t.key === key) ?? CODEBOOK_TEMPLATES[0]!;
  return structuredClone(template.codebook);
}
