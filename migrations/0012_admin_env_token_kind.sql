-- The token a start with GLOSSA_ADMIN_TOKEN stored before tokens had a kind: mark it, so the
-- next start replaces it (or removes it when the variable is gone) like any env token.
UPDATE `api_tokens` SET `kind` = 'env'
WHERE `name` = 'GLOSSA_ADMIN_TOKEN' AND `user_id` IN (SELECT `id` FROM `users` WHERE `username` = 'admin');
