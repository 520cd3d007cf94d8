// The audit trail and import change-sets: addressed by id, read newest first.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (n:ChangeSet) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_set_seq IF NOT EXISTS FOR (n:ChangeSet) ON (n.seq);
CREATE CONSTRAINT share_link_id IF NOT EXISTS FOR (n:ShareLink) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.id IS UNIQUE;
