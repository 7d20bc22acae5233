import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from db/schema.ts into db/migrations (committed). Generation
// needs no database; migrations are applied by db/migrate.ts (on start and `npm run db:migrate`).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
});
