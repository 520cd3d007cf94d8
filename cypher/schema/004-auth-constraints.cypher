// People, their sessions, API tokens, one-time sign-in links and sign-in throttles (server/repositories/).
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT sign_in_link_hash IF NOT EXISTS FOR (n:SignInLink) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT sign_in_throttle_key IF NOT EXISTS FOR (n:SignInThrottle) REQUIRE n.key IS UNIQUE;
