/** Label–value rows, stacked on phones and side by side on wider screens. */
export function DataList({ rows }: { rows: { label: string; value: React.ReactNode; testId?: string }[] }) {
  return (
    <dl className="divide-y-2 divide-gray-200 border-y-2 border-gray-200">
      {rows.map((row) => (
        <div key={row.label} className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="text-lg text-muted">{row.label}</dt>
          <dd className="text-xl font-bold sm:col-span-2" data-testid={row.testId}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
