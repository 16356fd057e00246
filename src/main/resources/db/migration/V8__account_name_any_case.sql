-- Account names are one name in any case ("Ed1" is "ed1"): the app refuses a second one, and this index
-- also refuses two created at the same moment.
create unique index app_user_username_any_case_key on app_user (lower(username));
