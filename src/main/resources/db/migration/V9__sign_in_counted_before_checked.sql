-- A sign-in is counted as failed before its password is checked, by the same statement that decides
-- whether it may try at all, so that guesses sent at once cannot all pass the check before any of them
-- is counted. One that succeeds is taken off its address's count again, and the address's last
-- failure is put back to the one before it, kept here: signing in must not restart an address's wait.
alter table sign_in_failure add column previous_failed_at timestamptz;
