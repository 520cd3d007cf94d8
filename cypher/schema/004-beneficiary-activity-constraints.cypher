// Who programs serve and what they provide (beneficiaries, activities): ids unique like every other table.
CREATE CONSTRAINT beneficiary_id IF NOT EXISTS FOR (n:Beneficiary) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
