package vn.cascade.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in and roles: {@code viewer} searches and reads; {@code analyst} also runs compliance and
 * downloads reports; {@code admin} also sees the batch status and the quarantine. Users come from
 * the configuration ({@code cascade.web.users}: name:{bcrypt}hash:ROLE, comma-separated); only
 * password hashes are ever stored.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    InMemoryUserDetailsManager users(@Value("${cascade.web.users}") String spec) {
        List<UserDetails> users = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String[] f = entry.strip().split(":", 3);
            if (f.length != 3 || !f[1].startsWith("{")) {
                throw new IllegalArgumentException("cascade.web.users entries must be name:{bcrypt}hash:ROLE");
            }
            users.add(User.withUsername(f[0]).password(f[1]).roles(f[2].toUpperCase(java.util.Locale.ROOT)).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Used by the URL rules and, through Spring Security's own expression handler, by sec:authorize in the templates. */
    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_ANALYST\nROLE_ANALYST > ROLE_VIEWER");
    }

    @Bean
    SecurityFilterChain filters(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**").permitAll()
                        .requestMatchers("/status/**").hasRole("ADMIN")
                        .requestMatchers("/compliance/**", "/export/**").hasRole("ANALYST")
                        .anyRequest().hasRole("VIEWER"))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
