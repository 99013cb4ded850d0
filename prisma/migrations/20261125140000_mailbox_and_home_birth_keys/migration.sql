-- Two more blocking keys: the personal mailbox name of the email, and the date of birth with the postal code.
ALTER TABLE "SourceRecord" ADD COLUMN "mailboxKey" TEXT,
ADD COLUMN "homeBirthKey" TEXT;

-- Stored records get the keys ingest would give them (src/matching/blocking-keys.ts), and role mailboxes such as info@ get none.
-- The new sound key of organizations needs Double Metaphone, which SQL lacks, so `npm run cli -- matching rekey` recomputes every key exactly.
UPDATE "SourceRecord" SET
  "mailboxKey" = CASE
    WHEN email IS NOT NULL AND length(split_part(email, '@', 1)) >= 4
      AND split_part(email, '@', 1) NOT IN ('info', 'contact', 'kontakt', 'sales', 'office', 'admin', 'support', 'hello', 'hallo',
        'mail', 'service', 'team', 'billing', 'accounts', 'invoice', 'invoices', 'rechnung', 'buchhaltung', 'webmaster', 'post',
        'bureau', 'enquiries', 'orders', 'marketing', 'jobs', 'press', 'welcome', 'bonjour', 'accueil',
        'verkauf', 'vertrieb', 'zentrale', 'kundenservice', 'anfrage', 'anfragen', 'bestellung', 'empfang', 'kanzlei',
        'praxis', 'newsletter', 'careers', 'help', 'reception', 'shop', 'finance', 'purchasing', 'hr', 'contact-us')
    THEN split_part(email, '@', 1) END,
  "homeBirthKey" = CASE
    WHEN standardized->>'dateOfBirth' <> '' AND regexp_replace(standardized->>'postalCode', '[^[:alnum:]]', '', 'g') <> ''
    THEN (standardized->>'dateOfBirth') || '|' || lower(regexp_replace(standardized->>'postalCode', '[^[:alnum:]]', '', 'g')) END
WHERE email IS NOT NULL OR standardized ? 'dateOfBirth';

CREATE INDEX "SourceRecord_mailboxKey_idx" ON "SourceRecord"("mailboxKey");

CREATE INDEX "SourceRecord_homeBirthKey_idx" ON "SourceRecord"("homeBirthKey");
