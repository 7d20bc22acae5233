-- Issue 12: the database at Jiangmen's size (db/SCALE.md). drizzle-kit generated this migration's
-- snapshot from db/schema.ts; the SQL is written by hand, because drizzle has no syntax for
-- partitions and a table cannot be turned into a partitioned one in place: each changed table is
-- built new, filled from the old one and swapped, inside the migrations' one transaction. Nothing
-- is lost: every check below raises (and rolls everything back) rather than drop or merge a row
-- that does not fit, and the row counts are compared after each copy.

-- 1. Sign-in look-up by the ID number's keyed hash, unique on its own (Citus: distributed by id_hash).
CREATE TABLE "person_id_hashes" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "person_id_hashes" ("id_hash", "person_id") SELECT "id_hash", "id" FROM "persons";
--> statement-breakpoint
ALTER TABLE "person_id_hashes" ADD CONSTRAINT "person_id_hashes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "person_id_hashes_person" ON "person_id_hashes" USING btree ("person_id");
--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_id_hash_unique";
--> statement-breakpoint
ALTER TABLE "persons" DROP COLUMN "id_hash";
--> statement-breakpoint

-- 2. Contribution months: one row per person and period carrying both tiers, hash-partitioned.
CREATE TABLE "contribution_months" (
	"person_id" bigint NOT NULL,
	"month" date NOT NULL,
	"due_on" date NOT NULL,
	"paid_on" date,
	"identity" "identity" NOT NULL,
	"category" "category" NOT NULL,
	"payer" "payer" NOT NULL,
	"status" "contribution_status" NOT NULL,
	"months" smallint DEFAULT 1 NOT NULL,
	"legacy" boolean DEFAULT false NOT NULL,
	"base" numeric(12, 2),
	"employer_rate" numeric(7, 4),
	"personal_rate" numeric(7, 4),
	"employer_amount" numeric(12, 2) DEFAULT '0' NOT NULL,
	"personal_amount" numeric(12, 2) DEFAULT '0' NOT NULL,
	"tier2_employer_rate" numeric(7, 4),
	"tier2_personal_rate" numeric(7, 4),
	"tier2_employer_amount" numeric(12, 2),
	"tier2_personal_amount" numeric(12, 2),
	CONSTRAINT "contribution_months_person_id_month_pk" PRIMARY KEY("person_id","month"),
	CONSTRAINT "contribution_months_month_first" CHECK (extract(day from "contribution_months"."month") = 1),
	CONSTRAINT "contribution_months_months" CHECK ("contribution_months"."months" between 1 and 12),
	CONSTRAINT "contribution_months_paid" CHECK (("contribution_months"."status" = 'arrears') = ("contribution_months"."paid_on" is null)),
	CONSTRAINT "contribution_months_amounts" CHECK ("contribution_months"."employer_amount" >= 0 and "contribution_months"."personal_amount" >= 0 and coalesce("contribution_months"."tier2_employer_amount", 0) >= 0 and coalesce("contribution_months"."tier2_personal_amount", 0) >= 0),
	CONSTRAINT "contribution_months_tier2" CHECK (("contribution_months"."tier2_employer_amount" is not null and "contribution_months"."tier2_personal_amount" is not null) = ("contribution_months"."identity" = 'employee' and not "contribution_months"."legacy")
        and ("contribution_months"."tier2_employer_amount" is null) = ("contribution_months"."tier2_personal_amount" is null)
        and ("contribution_months"."tier2_employer_rate" is null or "contribution_months"."tier2_employer_amount" is not null)
        and ("contribution_months"."tier2_personal_rate" is null or "contribution_months"."tier2_personal_amount" is not null))
) PARTITION BY HASH ("person_id");
--> statement-breakpoint
DO $$
BEGIN
  FOR i IN 0..15 LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "contribution_months" FOR VALUES WITH (MODULUS 16, REMAINDER %s)', 'contribution_months_p' || lpad(i::text, 2, '0'), i);
  END LOOP;
END
$$;
--> statement-breakpoint
ALTER TABLE "contribution_months" ADD CONSTRAINT "contribution_months_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- The old rows merge only where nothing is lost: a tier-2 row joins the tier-1 row of its month
-- when every shared field is equal; each other row stays a row of its own.
DO $$
DECLARE
  problem text;
BEGIN
  SELECT format('person %s, %s: %s', r.person_id, r.month, r.why) INTO problem FROM (
    SELECT t2.person_id, t2.month, 'a tier-2 record without its tier-1 record, or with different shared fields' AS why
      FROM "contribution_records" t2
      LEFT JOIN "contribution_records" t1 ON t1.person_id = t2.person_id AND t1.month = t2.month AND t1.tier = 'tier1'
     WHERE t2.tier = 'tier2'
       AND (t1.person_id IS NULL
         OR (t1.months, t1.identity, t1.category, t1.base, t1.payer, t1.status, t1.due_on, t1.paid_on)
            IS DISTINCT FROM (t2.months, t2.identity, t2.category, t2.base, t2.payer, t2.status, t2.due_on, t2.paid_on))
    UNION ALL
    SELECT t1.person_id, t1.month, 'an employee-identity tier-1 record without its tier-2 record, or a tier-2 record of resident identity'
      FROM "contribution_records" t1
      LEFT JOIN "contribution_records" t2 ON t2.person_id = t1.person_id AND t2.month = t1.month AND t2.tier = 'tier2'
     WHERE (t1.tier = 'tier1' AND (t1.identity = 'employee') <> (t2.person_id IS NOT NULL))
    UNION ALL
    SELECT person_id, month, 'a legacy record whose tier does not match its identity'
      FROM "contribution_records"
     WHERE (tier = 'legacy_employee' AND identity <> 'employee') OR (tier = 'legacy_resident' AND identity <> 'resident')
    UNION ALL
    SELECT person_id, month, 'two records of different schemes in one month'
      FROM "contribution_records" WHERE tier <> 'tier2' GROUP BY person_id, month HAVING count(*) > 1
  ) r
  LIMIT 1;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'contribution_records cannot become contribution_months without losing data (%)', problem;
  END IF;
END
$$;
--> statement-breakpoint
INSERT INTO "contribution_months" (
  "person_id", "month", "due_on", "paid_on", "identity", "category", "payer", "status", "months", "legacy", "base",
  "employer_rate", "personal_rate", "employer_amount", "personal_amount",
  "tier2_employer_rate", "tier2_personal_rate", "tier2_employer_amount", "tier2_personal_amount")
SELECT r.person_id, r.month, r.due_on, r.paid_on, r.identity, r.category, r.payer, r.status, r.months, r.tier IN ('legacy_employee', 'legacy_resident'), r.base,
       r.employer_rate, r.personal_rate, r.employer_amount, r.personal_amount,
       t2.employer_rate, t2.personal_rate, t2.employer_amount, t2.personal_amount
  FROM "contribution_records" r
  LEFT JOIN "contribution_records" t2 ON t2.person_id = r.person_id AND t2.month = r.month AND t2.tier = 'tier2'
 WHERE r.tier <> 'tier2'
 ORDER BY r.person_id, r.month;
--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM "contribution_months") + (SELECT count(*) FROM "contribution_months" WHERE tier2_employer_amount IS NOT NULL)
     <> (SELECT count(*) FROM "contribution_records") THEN
    RAISE EXCEPTION 'contribution_months: the copy does not account for every contribution record';
  END IF;
END
$$;
--> statement-breakpoint
DROP TABLE "contribution_records";
--> statement-breakpoint

-- 3. Claims and the personal-account ledger: the same columns, hash-partitioned by person, each with
--    one index: the primary key in reading order (person, date, id) replaces (person, id) plus the
--    (person, date) index.
ALTER TABLE "claims" RENAME TO "claims_old";
--> statement-breakpoint
ALTER TABLE "claims_old" RENAME CONSTRAINT "claims_person_id_id_pk" TO "claims_old_pk";
--> statement-breakpoint
ALTER INDEX "claims_person_service" RENAME TO "claims_old_person_service";
--> statement-breakpoint
ALTER SEQUENCE "claims_id_seq" RENAME TO "claims_old_id_seq";
--> statement-breakpoint
CREATE TABLE "claims" (
	"person_id" bigint NOT NULL,
	"id" bigint GENERATED BY DEFAULT AS IDENTITY (sequence name "claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" "claim_kind" NOT NULL,
	"institution_id" text,
	"institution_name" text NOT NULL,
	"level" "care_level" NOT NULL,
	"service_from" date NOT NULL,
	"service_to" date NOT NULL,
	"settled_on" date NOT NULL,
	"transfer" "transfer_kind" DEFAULT 'none' NOT NULL,
	"out_of_town" "out_of_town_kind" DEFAULT 'none' NOT NULL,
	"special_disease_code" text,
	"in_scope" numeric(12, 2) NOT NULL,
	"out_of_scope" numeric(12, 2) DEFAULT '0' NOT NULL,
	"deductible" numeric(12, 2) DEFAULT '0' NOT NULL,
	"tier1" numeric(12, 2) DEFAULT '0' NOT NULL,
	"critical" numeric(12, 2) DEFAULT '0' NOT NULL,
	"tier2" numeric(12, 2) DEFAULT '0' NOT NULL,
	"assistance" numeric(12, 2) DEFAULT '0' NOT NULL,
	"personal_account" numeric(12, 2) DEFAULT '0' NOT NULL,
	"out_of_pocket" numeric(12, 2) NOT NULL,
	CONSTRAINT "claims_person_id_service_from_id_pk" PRIMARY KEY("person_id","service_from","id"),
	CONSTRAINT "claims_dates" CHECK ("claims"."service_to" >= "claims"."service_from" and "claims"."settled_on" >= "claims"."service_from"),
	CONSTRAINT "claims_parts_add_up" CHECK ("claims"."in_scope" + "claims"."out_of_scope" = "claims"."tier1" + "claims"."critical" + "claims"."tier2" + "claims"."assistance" + "claims"."personal_account" + "claims"."out_of_pocket")
) PARTITION BY HASH ("person_id");
--> statement-breakpoint
ALTER TABLE "personal_account_ledger" RENAME TO "personal_account_ledger_old";
--> statement-breakpoint
ALTER TABLE "personal_account_ledger_old" RENAME CONSTRAINT "personal_account_ledger_person_id_id_pk" TO "personal_account_ledger_old_pk";
--> statement-breakpoint
ALTER INDEX "personal_account_ledger_person_posted" RENAME TO "personal_account_ledger_old_person_posted";
--> statement-breakpoint
ALTER SEQUENCE "personal_account_ledger_id_seq" RENAME TO "personal_account_ledger_old_id_seq";
--> statement-breakpoint
CREATE TABLE "personal_account_ledger" (
	"person_id" bigint NOT NULL,
	"id" bigint GENERATED BY DEFAULT AS IDENTITY (sequence name "personal_account_ledger_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"posted_on" date NOT NULL,
	"month" date,
	"kind" "ledger_kind" NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"balance_after" numeric(12, 2) NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "personal_account_ledger_person_id_posted_on_id_pk" PRIMARY KEY("person_id","posted_on","id")
) PARTITION BY HASH ("person_id");
--> statement-breakpoint
DO $$
BEGIN
  FOR i IN 0..15 LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "claims" FOR VALUES WITH (MODULUS 16, REMAINDER %s)', 'claims_p' || lpad(i::text, 2, '0'), i);
    EXECUTE format('CREATE TABLE %I PARTITION OF "personal_account_ledger" FOR VALUES WITH (MODULUS 16, REMAINDER %s)', 'personal_account_ledger_p' || lpad(i::text, 2, '0'), i);
  END LOOP;
END
$$;
--> statement-breakpoint
INSERT INTO "claims" ("person_id", "id", "kind", "institution_id", "institution_name", "level", "service_from", "service_to", "settled_on", "transfer",
  "out_of_town", "special_disease_code", "in_scope", "out_of_scope", "deductible", "tier1", "critical", "tier2", "assistance", "personal_account", "out_of_pocket")
SELECT "person_id", "id", "kind", "institution_id", "institution_name", "level", "service_from", "service_to", "settled_on", "transfer",
  "out_of_town", "special_disease_code", "in_scope", "out_of_scope", "deductible", "tier1", "critical", "tier2", "assistance", "personal_account", "out_of_pocket"
  FROM "claims_old" ORDER BY "person_id", "id";
--> statement-breakpoint
INSERT INTO "personal_account_ledger" ("person_id", "id", "posted_on", "month", "kind", "amount", "balance_after", "description")
SELECT "person_id", "id", "posted_on", "month", "kind", "amount", "balance_after", "description"
  FROM "personal_account_ledger_old" ORDER BY "person_id", "id";
--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM "claims") <> (SELECT count(*) FROM "claims_old")
     OR (SELECT count(*) FROM "personal_account_ledger") <> (SELECT count(*) FROM "personal_account_ledger_old") THEN
    RAISE EXCEPTION 'claims / personal_account_ledger: the copy does not hold every row';
  END IF;
  PERFORM setval('claims_id_seq', coalesce((SELECT max(id) FROM "claims"), 1), (SELECT count(*) > 0 FROM "claims"));
  PERFORM setval('personal_account_ledger_id_seq', coalesce((SELECT max(id) FROM "personal_account_ledger"), 1), (SELECT count(*) > 0 FROM "personal_account_ledger"));
END
$$;
--> statement-breakpoint
DROP TABLE "claims_old";
--> statement-breakpoint
DROP TABLE "personal_account_ledger_old";
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "personal_account_ledger" ADD CONSTRAINT "personal_account_ledger_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint

-- 4. The audit log, partitioned by month (Asia/Shanghai months), append-only on every partition.
--    Row triggers on the parent are cloned to each partition; TRUNCATE triggers are not, so
--    audit_log_ensure_partitions gives each new partition its own. Rows are copied, never removed.
ALTER TABLE "audit_log" RENAME TO "audit_log_old";
--> statement-breakpoint
ALTER TABLE "audit_log_old" RENAME CONSTRAINT "audit_log_pkey" TO "audit_log_old_pkey";
--> statement-breakpoint
ALTER INDEX "audit_log_person_at" RENAME TO "audit_log_old_person_at";
--> statement-breakpoint
ALTER INDEX "audit_log_subject_at" RENAME TO "audit_log_old_subject_at";
--> statement-breakpoint
ALTER SEQUENCE "audit_log_id_seq" RENAME TO "audit_log_old_id_seq";
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" bigint,
	"subject_hash" text,
	"actor" text NOT NULL,
	"event" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "audit_log_id_at_pk" PRIMARY KEY("id","at")
) PARTITION BY RANGE ("at");
--> statement-breakpoint
CREATE INDEX "audit_log_person_at" ON "audit_log" USING btree ("person_id","at");
--> statement-breakpoint
CREATE INDEX "audit_log_subject_at" ON "audit_log" USING btree ("subject_hash","at");
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TABLE "audit_log_default" PARTITION OF "audit_log" DEFAULT;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log_default"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- The partition of a month: audit_log_yYYYYmMM, [first day 00:00 +08, next month's first day 00:00 +08).
CREATE FUNCTION audit_log_partition_name(month date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'audit_log_' || to_char(month, '"y"YYYY"m"MM') $$;
--> statement-breakpoint
CREATE FUNCTION audit_log_month_start(month date) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT (to_char(date_trunc('month', month), 'YYYY-MM-DD') || ' 00:00:00+08')::timestamptz $$;
--> statement-breakpoint
-- The month (its first day, Asia/Shanghai: UTC+8 all year since 1991) of an instant.
CREATE FUNCTION audit_log_month_of(at timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('month', (at AT TIME ZONE 'UTC') + interval '8 hours')::date $$;
--> statement-breakpoint
-- Creates the missing monthly partitions from `from_month` to `to_month` (both included), each
-- with its TRUNCATE trigger; returns how many it created. A month of which the default partition
-- already holds rows is left there (with a warning): moving them would mean deleting rows.
CREATE FUNCTION audit_log_ensure_partitions(from_month date, to_month date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', from_month)::date;
  created integer := 0;
  lo timestamptz;
  hi timestamptz;
  part text;
BEGIN
  WHILE m <= to_month LOOP
    part := audit_log_partition_name(m);
    IF to_regclass(format('%I', part)) IS NULL THEN
      lo := audit_log_month_start(m);
      hi := audit_log_month_start((m + interval '1 month')::date);
      IF EXISTS (SELECT 1 FROM audit_log_default WHERE at >= lo AND at < hi) THEN
        RAISE WARNING 'audit_log: % not created, the default partition holds rows of that month', part;
      ELSE
        EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
        EXECUTE format('CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()', part);
        created := created + 1;
      END IF;
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
  RETURN created;
END
$$;
--> statement-breakpoint
SELECT audit_log_ensure_partitions(
  audit_log_month_of(least(coalesce((SELECT min("at") FROM "audit_log_old"), now()), now())),
  audit_log_month_of(now() + interval '3 months'));
--> statement-breakpoint
INSERT INTO "audit_log" ("id", "at", "person_id", "subject_hash", "actor", "event", "detail") OVERRIDING SYSTEM VALUE
SELECT "id", "at", "person_id", "subject_hash", "actor", "event", "detail" FROM "audit_log_old" ORDER BY "id";
--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM "audit_log") <> (SELECT count(*) FROM "audit_log_old") THEN
    RAISE EXCEPTION 'audit_log: the copy does not hold every entry';
  END IF;
  PERFORM setval('audit_log_id_seq', coalesce((SELECT max(id) FROM "audit_log"), 1), (SELECT count(*) > 0 FROM "audit_log"));
END
$$;
--> statement-breakpoint
DROP TABLE "audit_log_old";
--> statement-breakpoint

-- 5. Indexes for pruning (db:maintain) and for the fund office's institution → residents query.
CREATE INDEX "auth_sessions_created" ON "auth_sessions" USING btree ("created_at");
--> statement-breakpoint
CREATE INDEX "auth_sessions_ended" ON "auth_sessions" USING btree ("ended_at") WHERE "auth_sessions"."ended_at" is not null;
--> statement-breakpoint
CREATE INDEX "clinic_choices_institution_year" ON "clinic_choices" USING btree ("institution_id","year","kind","person_id");
--> statement-breakpoint
CREATE INDEX "login_throttle_updated" ON "login_throttle" USING btree ("updated_at");
