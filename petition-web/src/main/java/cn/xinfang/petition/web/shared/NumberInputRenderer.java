package cn.xinfang.petition.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number input, whose decoding throws "Invalid number" (a FacesException, so an
 * incident) when the posted value is no number at all: the widget never sends one, anybody can.
 * Such a value is refused on the field instead, as a conversion error would be, and nothing is
 * written. Registered for the component in faces-config.xml.
 */
public class NumberInputRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException e) {
            if (!(e.getCause() instanceof NumberFormatException)) {
                throw e;
            }
            UIInput input = (UIInput) component;
            input.setValid(false);
            String text = Bundle.text("error.number");
            context.addMessage(component.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            context.validationFailed();
            context.renderResponse();
        }
    }
}
