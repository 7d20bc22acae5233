CREATE TABLE "passkey_credentials" (
	"credential_id" text PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "passkeys" (
	"person_id" bigint NOT NULL,
	"credential_id" text NOT NULL,
	"public_key" text NOT NULL,
	"counter" bigint DEFAULT 0 NOT NULL,
	"transports" text[] DEFAULT '{}' NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "passkeys_person_id_credential_id_pk" PRIMARY KEY("person_id","credential_id"),
	CONSTRAINT "passkeys_name_length" CHECK (char_length("passkeys"."name") between 1 and 40)
);
--> statement-breakpoint
CREATE TABLE "webauthn_challenges" (
	"challenge" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_id_masked_form";--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "passkey_credentials_person" ON "passkey_credentials" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "webauthn_challenges_expires" ON "webauthn_challenges" USING btree ("expires_at");--> statement-breakpoint
-- Hand-written (issue 11, item 9): the old mask (first 6, last 4) with the birth date, district and
-- sex also stored pinned the full ID number down; keep only the first 2 and the last character.
UPDATE "persons" SET "id_masked" = left("id_masked", 2) || repeat('*', 15) || right("id_masked", 1)
 WHERE "id_masked" !~ '^[1-9][0-9]\*{15}[0-9X]$';--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_id_masked_form" CHECK ("persons"."id_masked" ~ '^[1-9][0-9]\*{15}[0-9X]$');