/**
 * Who may work on which shared study: each member has a role (owner, coder, reader) and
 * their own token, random (256 bits), shown once and kept only as its SHA-256. The server
 * key, which lets a researcher put a new study on the server, is kept the same way.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

export const ROLES = ['owner', 'coder', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface Member {
  id: string;
  studyId: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** Why a token does not open a study. */
export type Refusal = 'unknown-token' | 'revoked-token' | 'unknown-study' | 'not-a-member';

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
/** A new secret: 32 random bytes, URL-safe. */
export const newSecret = () => randomBytes(32).toString('base64url');

const SCHEMA = `
CREATE TABLE IF NOT EXISTS studies (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS members (
  id TEXT PRIMARY KEY, study_id TEXT NOT NULL REFERENCES studies(id), name TEXT NOT NULL,
  role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS server_keys (key_hash TEXT PRIMARY KEY, created_at TEXT NOT NULL);
`;

interface MemberRow {
  id: string;
  study_id: string;
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
}

const memberOf = (row: MemberRow): Member => ({ id: row.id, studyId: row.study_id, name: row.name, role: row.role, createdAt: row.created_at, revokedAt: row.revoked_at });

export class Members {
  constructor(private readonly db: BetterSqlite3.Database) {
    db.exec(SCHEMA);
  }

  /** A new server key (the old ones stop working); returned once, kept only hashed. */
  newServerKey(): string {
    const key = newSecret();
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM server_keys').run();
      this.db.prepare('INSERT INTO server_keys (key_hash, created_at) VALUES (?, ?)').run(hash(key), new Date().toISOString());
    })();
    return key;
  }

  hasServerKey(): boolean {
    return this.db.prepare('SELECT 1 FROM server_keys').get() !== undefined;
  }

  isServerKey(key: string): boolean {
    return this.db.prepare('SELECT 1 FROM server_keys WHERE key_hash = ?').get(hash(key)) !== undefined;
  }

  hasStudy(studyId: string): boolean {
    return this.db.prepare('SELECT 1 FROM studies WHERE id = ?').get(studyId) !== undefined;
  }

  /** Puts a study on the server with its owner; null when a study of that id is already there. */
  addStudy(studyId: string, title: string, ownerName: string): { member: Member; token: string } | null {
    return this.db.transaction(() => {
      if (this.hasStudy(studyId)) return null;
      this.db.prepare('INSERT INTO studies (id, title, created_at) VALUES (?, ?, ?)').run(studyId, title, new Date().toISOString());
      return this.invite(studyId, ownerName, 'owner');
    })();
  }

  /** A new member of a study, with their token (shown once). */
  invite(studyId: string, name: string, role: Role): { member: Member; token: string } {
    const token = newSecret();
    const member: Member = { id: randomUUID(), studyId, name, role, createdAt: new Date().toISOString(), revokedAt: null };
    this.db.prepare('INSERT INTO members (id, study_id, name, role, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(member.id, studyId, name, role, hash(token), member.createdAt);
    return { member, token };
  }

  list(studyId: string): Member[] {
    return (this.db.prepare('SELECT * FROM members WHERE study_id = ? ORDER BY created_at').all(studyId) as MemberRow[]).map(memberOf);
  }

  /** Revokes a member's token; false when there is no such member of the study. */
  revoke(studyId: string, memberId: string): boolean {
    return this.db.prepare('UPDATE members SET revoked_at = ? WHERE id = ? AND study_id = ? AND revoked_at IS NULL').run(new Date().toISOString(), memberId, studyId).changes > 0;
  }

  /** The member a token belongs to, if it opens `studyId`; else why not. */
  check(token: string, studyId: string): Member | Refusal {
    const row = this.db.prepare('SELECT * FROM members WHERE token_hash = ?').get(hash(token)) as MemberRow | undefined;
    if (!row) return 'unknown-token';
    if (row.revoked_at !== null) return 'revoked-token';
    if (!this.hasStudy(studyId)) return 'unknown-study';
    if (row.study_id !== studyId) return 'not-a-member';
    return memberOf(row);
  }
}
