/** A message in a box: errors are announced at once (role="alert"), other notices politely. */
export function Notice({ kind, id, children }: { kind: 'error' | 'info' | 'success'; id?: string; children: React.ReactNode }) {
  const styles = {
    error: 'border-danger bg-danger-bg text-danger',
    info: 'border-brand bg-note-bg text-ink',
    success: 'border-ok bg-ok-bg text-ok',
  }[kind];
  return (
    <div
      id={id}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live={kind === 'error' ? 'assertive' : 'polite'}
      className={`my-4 border-l-8 p-4 text-lg font-medium ${styles}`}
    >
      {children}
    </div>
  );
}
