// Share links are opened by the hash of their token.
CREATE CONSTRAINT share_link_token_hash IF NOT EXISTS FOR (n:ShareLink) REQUIRE n.token_hash IS UNIQUE;
