/** A large button (at least 48 px tall) for forms. */
export function Button({ children, variant = 'primary' }: { children: React.ReactNode; variant?: 'primary' | 'plain' }) {
  const style = variant === 'primary' ? 'bg-brand text-white hover:bg-brand-dark border-brand' : 'bg-white text-brand hover:bg-note-bg border-brand';
  return (
    <button type="submit" className={`min-h-12 rounded border-2 px-6 py-2 text-xl font-bold ${style}`}>
      {children}
    </button>
  );
}
