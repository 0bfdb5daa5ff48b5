-- Signatures on the agency server name the account as the server records it (issue 19): the name and credentials a
-- note's signature and co-signature carry come from the account of the session that signs, not from each
-- workbench's preferences. display_name is V1's (the user id until the account's name is given); credentials are new.
ALTER TABLE account ADD COLUMN credentials VARCHAR(200);
