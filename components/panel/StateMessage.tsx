import type { ReactNode } from 'react';

export type StateTone = 'neutral' | 'ok' | 'warn' | 'error';

interface Props {
  /** Becomes `data-testid="state-<name>"`. */
  name: string;
  tone?: StateTone;
  title?: string;
  /** `alert` for failures the user should hear about at once; `status` otherwise. */
  role?: 'alert' | 'status';
  children?: ReactNode;
}

/** One of the panel's designed states (loading, unsupported page, no findings, a note ...). */
export function StateMessage({ name, tone = 'neutral', title, role = 'status', children }: Props) {
  return (
    <div className={`state state-${tone}`} data-testid={`state-${name}`} role={role}>
      {title !== undefined && <p className="state-title">{title}</p>}
      {children !== undefined && <div className="state-body">{children}</div>}
    </div>
  );
}
