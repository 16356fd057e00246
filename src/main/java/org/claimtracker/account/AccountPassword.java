package org.claimtracker.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a new password must be, wherever one is set: when an account is added, when its
 * owner changes it, when an admin resets it. Each part reports its own message. Passwords
 * are kept as bcrypt hashes, which take at most 72 bytes: a longer one is refused here
 * rather than by the hashing. Whether it is too easy to guess depends on the account too:
 * {@link AccountService} refuses such a password with a {@link WeakPasswordException}.
 */
@Documented
@Constraint(validatedBy = AccountPasswordBytes.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@NotBlank
@Size(min = AccountPasswordBytes.MIN, max = AccountPasswordBytes.MAX, message = "{account.password.size}")
public @interface AccountPassword {

	String message() default "{account.password.bytes}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
