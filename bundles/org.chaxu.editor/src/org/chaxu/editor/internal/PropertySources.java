// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor.ValueHandler;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.DataTypeValueHandler;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view over the item providers' property descriptors. Setting a value goes
 * through the descriptor, which executes a SetCommand on the editing domain's command
 * stack, so every change in the Properties view is undoable. Text values are parsed with the
 * attribute's data type and refused with the parser's message when they do not parse.
 */
public final class PropertySources implements IPropertySourceProvider {

    private final ComposedAdapterFactory factory;
    private final ElementLabels labels;

    public PropertySources(ComposedAdapterFactory factory, ElementLabels labels) {
        this.factory = factory;
        this.labels = labels;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new Source(object, source);
    }

    private final class Source implements IPropertySource {
        private final Object object;
        private final IItemPropertySource source;

        Source(Object object, IItemPropertySource source) {
            this.object = object;
            this.source = source;
        }

        @Override
        public Object getEditableValue() {
            return source.getEditableValue(object);
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> descriptors = new ArrayList<>();
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
                descriptors.add(new Descriptor(object, descriptor));
            }
            return descriptors.toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            Object value = descriptor(id).getPropertyValue(object);
            return value instanceof PropertyValueWrapper wrapper ? wrapper.getEditableValue(object) : value;
        }

        @Override
        public boolean isPropertySet(Object id) {
            return descriptor(id).isPropertySet(object);
        }

        @Override
        public void resetPropertyValue(Object id) {
            descriptor(id).resetPropertyValue(object);
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            descriptor(id).setPropertyValue(object, value);
        }

        private IItemPropertyDescriptor descriptor(Object id) {
            return source.getPropertyDescriptor(object, id);
        }
    }

    /** One property: its label, category, description, and a cell editor matching its type. */
    private final class Descriptor extends PropertyDescriptor {
        private final Object object;
        private final IItemPropertyDescriptor item;

        Descriptor(Object object, IItemPropertyDescriptor item) {
            super(item.getId(object), item.getDisplayName(object));
            this.object = object;
            this.item = item;
            setDescription(item.getDescription(object));
            setCategory(item.getCategory(object));
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return valueText(value);
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object) || item.isMany(object)) {
                return null;
            }
            Collection<?> choices = item.getChoiceOfValues(object);
            if (choices != null) {
                return choices(parent, new ArrayList<>(choices));
            }
            Object feature = item.getFeature(object);
            if (feature instanceof EAttribute attribute) {
                if (attribute.getEAttributeType().getInstanceClass() == Boolean.class
                        || attribute.getEAttributeType().getInstanceClass() == boolean.class) {
                    return choices(parent, List.of(Boolean.TRUE, Boolean.FALSE));
                }
                return text(parent, attribute);
            }
            return null;
        }

        private CellEditor choices(Composite parent, List<Object> choices) {
            String[] items = choices.stream().map(this::valueText).toArray(String[]::new);
            return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY) {
                @Override
                protected Object doGetValue() {
                    int index = (Integer) super.doGetValue();
                    return index < 0 ? null : choices.get(index);
                }

                @Override
                protected void doSetValue(Object value) {
                    super.doSetValue(Math.max(0, choices.indexOf(value)));
                }
            };
        }

        private CellEditor text(Composite parent, EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            ValueHandler handler = new DataTypeValueHandler(type);
            TextCellEditor editor = new TextCellEditor(parent) {
                @Override
                protected Object doGetValue() {
                    String text = (String) super.doGetValue();
                    return text.isEmpty() && type.getInstanceClass() != String.class ? null : handler.toValue(text);
                }

                @Override
                protected void doSetValue(Object value) {
                    super.doSetValue(value == null ? "" : value instanceof java.util.Date date ? org.chaxu.engine.Labels.date(date) : handler.toString(value));
                }
            };
            editor.setValidator(value -> value instanceof String text && !text.isEmpty() ? handler.isValid(text) : null);
            return editor;
        }

        private String valueText(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Collection<?> many) {
                return many.stream().map(this::valueText).reduce((a, b) -> a + ", " + b).orElse("");
            }
            Object feature = item.getFeature(object);
            if (feature instanceof EAttribute attribute && !(value instanceof org.eclipse.emf.common.util.Enumerator)
                    && attribute.getEAttributeType().getInstanceClass() == java.util.Date.class) {
                return org.chaxu.engine.Labels.date((java.util.Date) value);
            }
            if (feature instanceof EStructuralFeature && value instanceof org.eclipse.emf.ecore.EObject) {
                return labels.text(value);
            }
            if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
                return labels.messages().literal(literal);
            }
            IItemLabelProvider provider = item.getLabelProvider(object);
            return provider == null ? String.valueOf(value) : provider.getText(value);
        }
    }

    /** A value typed by a user, parsed with the attribute's data type; null for an empty optional value. */
    public static Object parse(EAttribute attribute, String text) {
        return text == null || text.isBlank() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), text.trim());
    }
}
