package ru.ejournal.web.common;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.validator.BeanValidator;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ParameterNameProvider;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.ejournal.common.control.JournalMessageInterpolator;

/**
 * The pages validate with the journal's messages: Faces asks its validator factory for the interpolator and
 * hands it the viewer's locale, but WildFly's factory does not read the WAR's {@code validation.xml}, so its
 * interpolator would answer an English viewer from the Russian file. Registered in {@code faces-config.xml}
 * for {@code PostConstructApplicationEvent}: after Faces has stored its own factory, this one (the container's,
 * with the journal's interpolator) takes its place.
 */
public class FacesValidation implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        event.getFacesContext()
                .getExternalContext()
                .getApplicationMap()
                .put(BeanValidator.VALIDATOR_FACTORY_KEY, new JournalValidatorFactory(container()));
    }

    private static ValidatorFactory container() {
        try {
            return (ValidatorFactory) new InitialContext().lookup("java:comp/ValidatorFactory");
        } catch (NamingException e) {
            return Validation.buildDefaultValidatorFactory();
        }
    }

    /** The container's factory, but for its message interpolator. */
    private record JournalValidatorFactory(ValidatorFactory container) implements ValidatorFactory {

        private static final MessageInterpolator INTERPOLATOR = new JournalMessageInterpolator();

        @Override
        public Validator getValidator() {
            return usingContext().getValidator();
        }

        @Override
        public ValidatorContext usingContext() {
            return container.usingContext().messageInterpolator(INTERPOLATOR);
        }

        @Override
        public MessageInterpolator getMessageInterpolator() {
            return INTERPOLATOR;
        }

        @Override
        public TraversableResolver getTraversableResolver() {
            return container.getTraversableResolver();
        }

        @Override
        public ConstraintValidatorFactory getConstraintValidatorFactory() {
            return container.getConstraintValidatorFactory();
        }

        @Override
        public ParameterNameProvider getParameterNameProvider() {
            return container.getParameterNameProvider();
        }

        @Override
        public ClockProvider getClockProvider() {
            return container.getClockProvider();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return container.unwrap(type);
        }

        @Override
        public void close() {
            // the container's factory is the container's to close
        }
    }
}
