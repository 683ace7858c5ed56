/**
 * What can be wrong with an imported file, in both UI languages. Importers name a reason
 * and its values; the CLI prints the English text, the app shows the user's language.
 */
import type { Bilingual, Lang } from '../model.ts';

export const REASONS = {
  'coders.none': { en: 'the file has no segments with a coder name; ask the coder to choose a name before coding', id: 'file tidak berisi segmen dengan nama pengode; minta pengode memilih nama sebelum mengode' },
  'coders.noSession': { en: 'session "{title}" is not in this study', id: 'sesi "{title}" tidak ada di studi ini' },
  'coders.unknownCode': { en: 'code "{code}" (session "{title}") is not in this study\'s codebook', id: 'kode "{code}" (sesi "{title}") tidak ada di buku kode studi ini' },
  'coders.textNotFound': { en: 'session "{title}": coded text not found in this copy: "{text}"', id: 'sesi "{title}": teks berkode tidak ditemukan di salinan ini: "{text}"' },
  'qdpx.notZip': { en: 'not a REFI-QDA project (.qdpx): the file is not a zip archive that can be read', id: 'bukan proyek REFI-QDA (.qdpx): file bukan arsip zip yang dapat dibaca' },
  'zip.unsafePath': { en: 'refused: the archive holds an entry outside its own folder ("{name}")', id: 'ditolak: arsip berisi entri di luar foldernya sendiri ("{name}")' },
  'zip.tooLarge': { en: 'refused: the archive would unpack to too many or too large files (a zip bomb?)', id: 'ditolak: arsip akan terurai menjadi file yang terlalu banyak atau terlalu besar (bom zip?)' },
  'qdpx.noProject': { en: 'no project.qde inside; this is not a REFI-QDA project', id: 'tidak ada project.qde di dalamnya; ini bukan proyek REFI-QDA' },
  'qdpx.twoProjects': { en: 'more than one .qde inside; a project file has exactly one', id: 'ada lebih dari satu .qde di dalamnya; file proyek hanya punya satu' },
  'file.binary': { en: 'this is not a text file (it holds binary data); save it as UTF-8 text', id: 'ini bukan file teks (berisi data biner); simpan sebagai teks UTF-8' },
  'csv.invalid': { en: 'invalid CSV: {detail}', id: 'CSV tidak valid: {detail}' },
  'csv.empty': { en: 'empty file; expected header "{expected}"', id: 'file kosong; header yang diharapkan "{expected}"' },
  'csv.unknownColumn': { en: 'unknown column "{column}"; expected "{expected}"', id: 'kolom "{column}" tidak dikenal; yang diharapkan "{expected}"' },
  'csv.missingColumn': { en: 'missing column "{column}"; expected "{expected}"', id: 'kolom "{column}" tidak ada; yang diharapkan "{expected}"' },
  'csv.duplicateColumn': { en: 'column "{column}" appears twice in the header', id: 'kolom "{column}" muncul dua kali di header' },
  'csv.fieldCount': { en: 'expected {expected} fields, found {found}', id: 'seharusnya {expected} kolom, ada {found}' },
  'name.lineBreak': { en: '"{name}" holds a line break; a name is one line', id: '"{name}" berisi pindah baris; nama hanya satu baris' },
  'name.control': { en: '"{name}" holds a control character (tab, escape…)', id: '"{name}" berisi karakter kendali (tab, escape…)' },
  'name.colon': { en: '"{name}" holds a colon, which transcripts use to end a speaker\'s name', id: '"{name}" berisi titik dua, yang dipakai transkrip untuk mengakhiri nama pembicara' },
  'name.tooLong': { en: 'a name of {length} characters; at most {max}', id: 'nama sepanjang {length} karakter; paling banyak {max}' },
  'name.lookalike': { en: '"{name}" looks like the participant "{other}" but is written differently ({differs}); write it the same or choose "{other}"', id: '"{name}" mirip peserta "{other}" tetapi ditulis berbeda ({differs}); tulis sama persis atau pilih "{other}"' },
  'coder.lookalike': { en: 'the coder "{name}" looks like the coder "{other}" but is written differently ({differs}); write it the same or choose "{other}"', id: 'pengode "{name}" mirip pengode "{other}" tetapi ditulis berbeda ({differs}); tulis sama persis atau pilih "{other}"' },
  'participant.labelTaken': { en: 'the label "{label}" is already another participant\'s', id: 'label "{label}" sudah dipakai peserta lain' },
  'participant.emptyLabel': { en: 'the label is empty', id: 'label kosong' },
  'participant.twice': { en: 'participant "{label}" is listed twice', id: 'peserta "{label}" tercantum dua kali' },
  'participant.consentWay': {
    en: 'consent_way "{way}" is not one of written, oral, recorded, other (or empty)',
    id: 'consent_way "{way}" bukan salah satu dari written, oral, recorded, other (atau kosong)',
  },
  'participant.consentDate': { en: 'consent_date "{date}" is not a date; write yyyy-mm-dd', id: 'consent_date "{date}" bukan tanggal; tulis tttt-bb-hh' },
  'participant.pseudonymTaken': { en: 'pseudonym "{pseudonym}" is already used by "{label}"', id: 'pseudonim "{pseudonym}" sudah dipakai "{label}"' },
  'participant.unknownType': {
    en: 'unknown assistant type "{type}"; use one of {known} or leave it empty',
    id: 'jenis pendamping "{type}" tidak dikenal; gunakan salah satu dari {known} atau kosongkan',
  },
  'transcript.badTime': { en: '"[{stamp}]" is not a time; write [hh:mm:ss] or [mm:ss]', id: '"[{stamp}]" bukan waktu; tulis [jj:mm:dd] atau [mm:dd]' },
  'transcript.noTurns': { en: 'the transcript has no turns', id: 'transkrip tidak berisi giliran bicara' },
  'transcript.sessionGone': { en: 'the session no longer exists', id: 'sesi ini sudah tidak ada' },
  'transcript.sessionCoded': {
    en: 'session "{title}" already has coded segments; import into a new session',
    id: 'sesi "{title}" sudah punya segmen berkode; impor ke sesi baru',
  },
  'transcript.unknownFormat': {
    en: 'unknown transcript format "{extension}"; use .txt, .docx, .vtt, .srt, .json (Whisper) or .otr',
    id: 'format transkrip "{extension}" tidak dikenal; gunakan .txt, .docx, .vtt, .srt, .json (Whisper), atau .otr',
  },
  'docx.invalid': { en: 'not a Word document (.docx) that can be read', id: 'bukan dokumen Word (.docx) yang dapat dibaca' },
  'vtt.noHeader': { en: 'a WebVTT file must begin with "WEBVTT"', id: 'file WebVTT harus diawali "WEBVTT"' },
  'cue.noTime': { en: 'cue without a time line ("start --> end")', id: 'cue tanpa baris waktu ("mulai --> selesai")' },
  'cue.endsBeforeStart': { en: 'the cue ends ({end}) before it starts ({start})', id: 'cue berakhir ({end}) sebelum mulai ({start})' },
  'cue.badTime': { en: '"{time}" is not a cue time', id: '"{time}" bukan waktu cue' },
  'json.invalid': { en: 'not valid JSON', id: 'bukan JSON yang valid' },
  'whisper.noSegments': { en: 'expected Whisper JSON with a "segments" list', id: 'seharusnya JSON Whisper dengan daftar "segments"' },
  'whisper.badTime': { en: 'segments[{index}]: {field} {time} is not a time in the recording (0 to 99:59:59)', id: 'segments[{index}]: {field} {time} bukan waktu dalam rekaman (0 sampai 99:59:59)' },
  'transcript.timeOutside': { en: '{time} is not a time in the recording (0 to 99:59:59)', id: '{time} bukan waktu dalam rekaman (0 sampai 99:59:59)' },
  'whisper.badSegment': { en: 'segments[{index}]: needs numeric "start" and "end" and a "text"', id: 'segments[{index}]: perlu "start" dan "end" berupa angka serta "text"' },
  'otr.noText': { en: 'expected an oTranscribe file with a "text" field', id: 'seharusnya file oTranscribe dengan kolom "text"' },
  'speakers.unknownLabel': { en: 'speaker "{label}" does not occur in the transcript', id: 'pembicara "{label}" tidak ada di transkrip' },
  'speakers.emptyTarget': { en: 'no participant given for "{label}"', id: 'peserta untuk "{label}" tidak diisi' },
  'speakers.twice': { en: 'speaker "{label}" is mapped twice', id: 'pembicara "{label}" dipetakan dua kali' },
  'coding.badOffsets': {
    en: 'start "{start}" and end "{end}" must be whole numbers with start < end',
    id: 'start "{start}" dan end "{end}" harus bilangan bulat dengan start < end',
  },
  'coding.notAtOffsets': { en: 'no turn of this speaker has the text at {start}–{end}', id: 'tidak ada giliran pembicara ini dengan teks itu di {start}–{end}' },
  'coding.textNotFound': { en: 'text not found in this speaker\'s turns: "{text}"', id: 'teks tidak ditemukan dalam giliran pembicara ini: "{text}"' },
  'coding.unknownSession': { en: 'unknown session "{session}"', id: 'sesi "{session}" tidak dikenal' },
  'coding.unknownSpeaker': { en: 'unknown speaker "{speaker}"', id: 'pembicara "{speaker}" tidak dikenal' },
  'coding.emptyText': { en: 'the text is empty', id: 'teks kosong' },
  'coding.speakerSilent': { en: '"{speaker}" has no turns in session "{session}"', id: '"{speaker}" tidak punya giliran bicara di sesi "{session}"' },
  'coding.typeContradicts': {
    en: 'assistant type "{type}" contradicts "{other}" given for the same text on line {line}',
    id: 'jenis pendamping "{type}" bertentangan dengan "{other}" untuk teks yang sama di baris {line}',
  },
  'summary.twice': { en: 'cell {code} × {type} already has a summary on line {line}', id: 'sel {code} × {type} sudah punya ringkasan di baris {line}' },
  'unknownCode': { en: 'unknown code "{code}"', id: 'kode "{code}" tidak dikenal' },
  'unknownType': { en: 'unknown assistant type "{type}"', id: 'jenis pendamping "{type}" tidak dikenal' },
  'model.notGgml': { en: 'not a whisper.cpp model file (ggml); choose a ggml-*.bin file such as ggml-small.bin', id: 'bukan berkas model whisper.cpp (ggml); pilih berkas ggml-*.bin seperti ggml-small.bin' },
  'model.englishOnly': { en: 'an English-only model (.en); choose a multilingual one to transcribe Indonesian', id: 'model khusus bahasa Inggris (.en); pilih model multibahasa untuk mentranskripsi bahasa Indonesia' },
  'audio.unsupported': { en: 'not an audio file Telaah can read; use wav, mp3, m4a, aac, ogg, opus, flac or webm', id: 'bukan berkas audio yang dapat dibaca Telaah; gunakan wav, mp3, m4a, aac, ogg, opus, flac, atau webm' },
  'audio.notWav': { en: 'not a WAV file (RIFF/WAVE)', id: 'bukan berkas WAV (RIFF/WAVE)' },
  'audio.unsupportedWav': { en: 'WAV format {code} with {bits}-bit samples is not supported; use PCM 8/16/24/32-bit or 32-bit float', id: 'format WAV {code} dengan sampel {bits} bit tidak didukung; gunakan PCM 8/16/24/32 bit atau float 32 bit' },
  'audio.noData': { en: 'no audio data in the WAV file', id: 'tidak ada data audio dalam berkas WAV' },
  'project.notJson': { en: 'not valid JSON', id: 'bukan JSON yang valid' },
  'project.notProject': { en: '{path}: expected "{format}"; this is not a Telaah project file', id: '{path}: seharusnya "{format}"; ini bukan file proyek Telaah' },
  'project.badVersion': { en: '{path}: expected a version number', id: '{path}: seharusnya nomor versi' },
  'project.newer': { en: '{path}: version {version} was written by a newer Telaah; please update', id: '{path}: versi {version} dibuat oleh Telaah yang lebih baru; perbarui aplikasi' },
  'project.expectedObject': { en: '{path}: expected an object', id: '{path}: seharusnya objek' },
  'project.expectedList': { en: '{path}: expected a list', id: '{path}: seharusnya daftar' },
  'project.expectedText': { en: '{path}: expected text', id: '{path}: seharusnya teks' },
  'project.expectedBoolean': { en: '{path}: expected true or false', id: '{path}: seharusnya true atau false' },
  'project.expectedNumber': { en: '{path}: expected a number', id: '{path}: seharusnya angka' },
  'project.noSession': { en: '{path}: no such session', id: '{path}: sesi tidak ada' },
  'project.noParticipant': { en: '{path}: no such participant', id: '{path}: peserta tidak ada' },
  'project.expectedColor': { en: '{path}: expected a colour such as #2563eb', id: '{path}: seharusnya warna seperti #2563eb' },
  'project.expectedChoice': { en: '{path}: expected one of {choices}', id: '{path}: seharusnya salah satu dari {choices}' },
  'project.pseudonymTwice': { en: '{path}: pseudonym "{pseudonym}" is empty or used twice', id: '{path}: pseudonim "{pseudonym}" kosong atau dipakai dua kali' },
  'project.noSegment': { en: '{path}: no such segment', id: '{path}: segmen tidak ada' },
  'codebook.badCode': { en: '"{code}" is not a code such as 4.1.3, a role 4.1.* or an agenda 4.*.3', id: '"{code}" bukan kode seperti 4.1.3, peran 4.1.* atau agenda 4.*.3' },
  'codebook.prefix': { en: '"{code}" does not start with the prefix {prefix} of the rows before it', id: '"{code}" tidak diawali prefiks {prefix} seperti baris sebelumnya' },
  'codebook.badColor': { en: '"{color}" is not a colour such as #2563eb', id: '"{color}" bukan warna seperti #2563eb' },
  'codebook.noName': { en: '{code} has no name (label_id)', id: '{code} tidak bernama (label_id)' },
  'codebook.twice': { en: '{kind} {number} is defined twice (first on line {line})', id: '{kind} {number} didefinisikan dua kali (pertama di baris {line})' },
  'codebook.gap': { en: '{kind} {number} is missing: numbers must run 1, 2, 3…', id: '{kind} {number} tidak ada: nomor harus berurutan 1, 2, 3…' },
  'codebook.empty': { en: 'the codebook has no codes', id: 'buku kode tidak berisi kode' },
  'codebook.codeInUse': { en: 'code {code} is used by {count} segment(s) but is not in this codebook', id: 'kode {code} dipakai {count} segmen tetapi tidak ada di buku kode ini' },
  'codebook.unknownFormat': { en: 'not a codebook file: use .csv or .qdc', id: 'bukan file buku kode: gunakan .csv atau .qdc' },
  'xml.doctype': { en: 'DOCTYPE and ENTITY declarations are refused for safety', id: 'deklarasi DOCTYPE dan ENTITY ditolak demi keamanan' },
  'xml.malformed': { en: 'not well-formed XML: {detail}', id: 'XML tidak valid: {detail}' },
  'qdc.notCodebook': { en: 'the root element is <{element}>, not a REFI-QDA <CodeBook>', id: 'elemen akar <{element}>, bukan <CodeBook> REFI-QDA' },
  'project.idTwice': { en: '{path}: id "{id}" is used twice', id: '{path}: id "{id}" dipakai dua kali' },
  'project.typeTwice': { en: '{path}: assistant type "{type}" is defined twice', id: '{path}: jenis pendamping "{type}" didefinisikan dua kali' },
  'project.noCodes': { en: '{path}: a segment without codes', id: '{path}: segmen tanpa kode' },
  'project.segmentText': { en: '{path}: the segment\'s text is not the text of its turn at {start}–{end}', id: '{path}: teks segmen bukan teks gilirannya pada {start}–{end}' },
  'project.notWhole': { en: '{path}: expected a whole number, not {value}', id: '{path}: seharusnya bilangan bulat, bukan {value}' },
  'project.badNumber': { en: '{path}: expected number {number}: roles and rows are numbered 1, 2, 3… in order', id: '{path}: seharusnya nomor {number}: peran dan baris bernomor 1, 2, 3… berurutan' },
  'project.rowsShared': { en: '{path}: the roles share the agendas, so a role has no rows of its own', id: '{path}: peran-peran memakai agenda bersama, jadi peran tidak punya baris sendiri' },
  'project.rowsNotShared': { en: '{path}: each role has its own rows, so there are no shared agendas', id: '{path}: tiap peran punya baris sendiri, jadi tidak ada agenda bersama' },
  'project.unknownAttribute': { en: '{path}: "{name}" is not one of the study\'s attributes', id: '{path}: "{name}" bukan atribut studi ini' },
  'project.attributeTwice': { en: '{path}: the attribute "{name}" is empty, given twice, or a name Telaah uses itself', id: '{path}: atribut "{name}" kosong, ganda, atau nama yang dipakai Telaah sendiri' },
  'participant.badAttribute': { en: 'the column "{name}" cannot name an attribute: one line, no control characters, and not a name Telaah uses itself', id: 'kolom "{name}" tidak bisa menjadi nama atribut: satu baris, tanpa karakter kendali, dan bukan nama yang dipakai Telaah sendiri' },
  'project.badYear': { en: '{path}: {year} is not a year (1000–9999)', id: '{path}: {year} bukan tahun (1000–9999)' },
  'project.orderTwice': { en: '{path}: two turns of one session share the order {order}', id: '{path}: dua giliran dalam satu sesi memakai urutan {order}' },
  'project.badTime': { en: '{path}: {value} is not a time in the recording; set aside, the turn is kept without a time', id: '{path}: {value} bukan waktu dalam rekaman; disisihkan, giliran disimpan tanpa waktu' },
  'project.coderless': { en: '{path}: {count} segment(s) without a coder are counted for "{name}"', id: '{path}: {count} segmen tanpa pengode dihitung atas nama "{name}"' },
  'project.badWordTime': { en: '{path}: the word "{word}" has no time in the recording ({start}–{end}); set aside, its text stays in the turn', id: '{path}: kata "{word}" tidak punya waktu dalam rekaman ({start}–{end}); disisihkan, teksnya tetap di giliran' },
  'project.noTurn': { en: '{path}: no such turn in its session', id: '{path}: giliran tidak ada di sesinya' },
  'project.spanOutside': { en: '{path}: span {start}–{end} lies outside its turn', id: '{path}: rentang {start}–{end} di luar gilirannya' },
  'project.unknownCode': { en: '{path}: unknown code "{code}"', id: '{path}: kode "{code}" tidak dikenal' },
  'project.unknownType': { en: '{path}: unknown assistant type "{type}"', id: '{path}: jenis pendamping "{type}" tidak dikenal' },
} as const satisfies Record<string, Bilingual>;

export type ReasonKey = keyof typeof REASONS;

export interface Reason {
  key: ReasonKey;
  values?: Record<string, string | number>;
}

export function reason(key: ReasonKey, values?: Record<string, string | number>): Reason {
  return values ? { key, values } : { key };
}

export function describeReason(r: Reason, lang: Lang): string {
  const values = r.values ?? {};
  return REASONS[r.key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
