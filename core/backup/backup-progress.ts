/** How far a backup or a restore has come: files done of all, in the step it is at. */
export interface BackupProgress {
  /** `read`: the checksums of the files backed up; `copy`: files written into the backup; `check`: files unpacked from a backup and checked. */
  step: 'read' | 'copy' | 'check';
  done: number;
  total: number;
}

export type BackupProgressListener = (progress: BackupProgress) => void;
