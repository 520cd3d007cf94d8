// Links a person (added by email beforehand) to their provider identity, at their first single sign-on.
MATCH (u:User {id: $id})
SET u.oidcIssuer = $issuer, u.oidcSubject = $subject
RETURN u.id AS id
