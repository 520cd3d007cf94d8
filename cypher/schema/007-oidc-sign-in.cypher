// Single sign-on: a person is found by their provider's issuer and subject; sign-ins in progress by a hash.
CREATE CONSTRAINT user_oidc_identity IF NOT EXISTS FOR (n:User) REQUIRE (n.oidcIssuer, n.oidcSubject) IS UNIQUE;
CREATE CONSTRAINT oidc_login_hash IF NOT EXISTS FOR (n:OidcLogin) REQUIRE n.hash IS UNIQUE;
