// A person goes with everything that lets them in: sessions, tokens and unused sign-in links.
MATCH (u:User {id: $id})
OPTIONAL MATCH (s:Session {userId: u.id})
OPTIONAL MATCH (t:ApiToken {userId: u.id})
OPTIONAL MATCH (l:SignInLink {userId: u.id})
WITH u, u.email AS email, collect(DISTINCT s) + collect(DISTINCT t) + collect(DISTINCT l) AS access
FOREACH (n IN access | DETACH DELETE n)
DETACH DELETE u
RETURN email
