/**
 * The built-in codebook "e-Warong KUBE: peran × agenda": the four roles of a social
 * assistant (broker, mediator, educator, facilitator) crossed with the eight agenda items
 * of the e-Warong KUBE programme, giving codes 4.1.1 … 4.4.8. The Indonesian agenda labels
 * are those of the published study, word for word, because the exported tables must match
 * it.
 */
import type { Agenda, Codebook, Role } from '../model.ts';
import { AGENDA_COLOR, paletteColor } from '../palette.ts';

const roles: Role[] = [
  {
    number: 1,
    color: paletteColor(1),
    rows: [],
    name: { id: 'Broker', en: 'Broker' },
    definition: {
      id: 'Menghubungkan kelompok dengan sumber daya dan layanan yang dibutuhkannya.',
      en: 'Links the group with the resources and services it needs.',
    },
  },
  {
    number: 2,
    color: paletteColor(2),
    rows: [],
    name: { id: 'Mediator', en: 'Mediator' },
    definition: {
      id: 'Membantu menyelesaikan perbedaan dan konflik menuju penyelesaian yang saling menguntungkan (win-win).',
      en: 'Helps settle differences and conflicts toward a win-win outcome.',
    },
  },
  {
    number: 3,
    color: paletteColor(3),
    rows: [],
    name: { id: 'Educator', en: 'Educator' },
    definition: {
      id: 'Meningkatkan kapasitas kelompok melalui informasi, keteladanan, dan pendampingan usaha.',
      en: 'Builds the group’s capacity through information, modelling and business tutoring.',
    },
  },
  {
    number: 4,
    color: paletteColor(4),
    rows: [],
    name: { id: 'Facilitator', en: 'Facilitator' },
    definition: {
      id: 'Menjaga kelompok pada agendanya, meningkatkan partisipasi, dan menjembatani kebutuhannya dengan sistem sumber.',
      en: 'Keeps the group on its agenda, raises participation and bridges its needs with resource systems.',
    },
  },
];

const agendas: Agenda[] = [
  {
    number: 1,
    color: AGENDA_COLOR,
    label: {
      id: 'Penanggung jawab di lapangan untuk program bantuan sosial (PKH, Bantuan Pangan Non Tunai, Subsidi Gas, Subsidi Pupuk, BLSM, dan lain-lain)',
      en: 'Field responsibility for social assistance programmes (PKH, non-cash food assistance, gas subsidy, fertiliser subsidy, BLSM, and others)',
    },
    definition: {
      id: 'Tugas lapangan dalam penyaluran dan pengawasan program bantuan sosial.',
      en: 'Field duties in delivering and overseeing social assistance programmes.',
    },
  },
  {
    number: 2,
    color: AGENDA_COLOR,
    label: {
      id: 'Mensinergikan data keluarga penerima manfaat bersama Dinas Sosial Kab/Kota',
      en: 'Aligning beneficiary family data with the district/city Social Affairs Office',
    },
    definition: {
      id: 'Pemutakhiran dan pencocokan data KPM dengan Dinas Sosial.',
      en: 'Updating and reconciling beneficiary data with the Social Affairs Office.',
    },
  },
  {
    number: 3,
    color: AGENDA_COLOR,
    label: {
      id: 'Mengintegrasikan penyaluran bantuan sosial melalui e-Warong KUBE',
      en: 'Integrating the distribution of social assistance through e-Warong KUBE',
    },
    definition: {
      id: 'Penyaluran bantuan melalui e-Warong yang dikelola KUBE.',
      en: 'Distributing assistance through e-Warong outlets run by KUBE groups.',
    },
  },
  {
    number: 4,
    color: AGENDA_COLOR,
    label: {
      id: 'Manajemen sumber daya manusia (peningkatan keterampilan, pelatihan usaha, penggajian, pengukuran indikator pencapaian kinerja, alokasi SDM)',
      en: 'Human resource management (skills development, business training, payroll, performance indicators, staff allocation)',
    },
    definition: {
      id: 'Pengelolaan orang yang menjalankan e-Warong KUBE.',
      en: 'Managing the people who run the e-Warong KUBE.',
    },
  },
  {
    number: 5,
    color: AGENDA_COLOR,
    label: {
      id: 'Manajemen keuangan (cash-flow, laba rugi, analisis keuangan, dsj)',
      en: 'Financial management (cash flow, profit and loss, financial analysis, etc.)',
    },
    definition: {
      id: 'Pencatatan dan pengelolaan keuangan usaha kelompok.',
      en: 'Bookkeeping and financial management of the group’s business.',
    },
  },
  {
    number: 6,
    color: AGENDA_COLOR,
    label: {
      id: 'Manajemen operasional (manajemen produksi, supply chain management, quality control, dsb)',
      en: 'Operations management (production management, supply chain management, quality control, etc.)',
    },
    definition: {
      id: 'Pengelolaan stok, pasokan, dan mutu layanan e-Warong.',
      en: 'Managing stock, supply and service quality of the e-Warong.',
    },
  },
  {
    number: 7,
    color: AGENDA_COLOR,
    label: {
      id: 'Kewirausahaan sosial (kreativitas dan inovasi)',
      en: 'Social entrepreneurship (creativity and innovation)',
    },
    definition: {
      id: 'Kreativitas dan inovasi usaha kelompok untuk tujuan sosial.',
      en: 'Creativity and innovation of the group’s business for social ends.',
    },
  },
  {
    number: 8,
    color: AGENDA_COLOR,
    label: {
      id: 'Penguasaan teknologi informasi',
      en: 'Information technology',
    },
    definition: {
      id: 'Penggunaan aplikasi, mesin EDC, dan sistem informasi dalam penyaluran bantuan.',
      en: 'Use of applications, EDC machines and information systems in distributing assistance.',
    },
  },
];

export const EWARONG_KUBE: Codebook = {
  name: 'e-Warong KUBE: peran × agenda',
  prefix: '4',
  sharedRows: true,
  roles,
  agendas,
  memos: [],
};
