/**
 */
package org.casenotes.model.form.impl;

import java.util.Collection;

import org.casenotes.model.form.Band;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentItem;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentImpl#getSeverityBands <em>Severity Bands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentImpl extends EObjectImpl implements Instrument {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected String instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<InstrumentItem> items;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected EList<ChoiceOption> scale;

	/**
	 * The cached value of the '{@link #getSeverityBands() <em>Severity Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverityBands()
	 * @generated
	 * @ordered
	 */
	protected EList<Band> severityBands;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(String newInstructions) {
		String oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstrumentItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<InstrumentItem>(InstrumentItem.class, this, FormPackage.INSTRUMENT__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChoiceOption> getScale() {
		if (scale == null) {
			scale = new EObjectContainmentEList<ChoiceOption>(ChoiceOption.class, this, FormPackage.INSTRUMENT__SCALE);
		}
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Band> getSeverityBands() {
		if (severityBands == null) {
			severityBands = new EObjectContainmentEList<Band>(Band.class, this, FormPackage.INSTRUMENT__SEVERITY_BANDS);
		}
		return severityBands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.INSTRUMENT__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case FormPackage.INSTRUMENT__SCALE:
				return ((InternalEList<?>)getScale()).basicRemove(otherEnd, msgs);
			case FormPackage.INSTRUMENT__SEVERITY_BANDS:
				return ((InternalEList<?>)getSeverityBands()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormPackage.INSTRUMENT__ID:
				return getId();
			case FormPackage.INSTRUMENT__TITLE:
				return getTitle();
			case FormPackage.INSTRUMENT__INSTRUCTIONS:
				return getInstructions();
			case FormPackage.INSTRUMENT__SOURCE:
				return getSource();
			case FormPackage.INSTRUMENT__ITEMS:
				return getItems();
			case FormPackage.INSTRUMENT__SCALE:
				return getScale();
			case FormPackage.INSTRUMENT__SEVERITY_BANDS:
				return getSeverityBands();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FormPackage.INSTRUMENT__ID:
				setId((String)newValue);
				return;
			case FormPackage.INSTRUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case FormPackage.INSTRUMENT__INSTRUCTIONS:
				setInstructions((String)newValue);
				return;
			case FormPackage.INSTRUMENT__SOURCE:
				setSource((String)newValue);
				return;
			case FormPackage.INSTRUMENT__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends InstrumentItem>)newValue);
				return;
			case FormPackage.INSTRUMENT__SCALE:
				getScale().clear();
				getScale().addAll((Collection<? extends ChoiceOption>)newValue);
				return;
			case FormPackage.INSTRUMENT__SEVERITY_BANDS:
				getSeverityBands().clear();
				getSeverityBands().addAll((Collection<? extends Band>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FormPackage.INSTRUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT__ITEMS:
				getItems().clear();
				return;
			case FormPackage.INSTRUMENT__SCALE:
				getScale().clear();
				return;
			case FormPackage.INSTRUMENT__SEVERITY_BANDS:
				getSeverityBands().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FormPackage.INSTRUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FormPackage.INSTRUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FormPackage.INSTRUMENT__INSTRUCTIONS:
				return INSTRUCTIONS_EDEFAULT == null ? instructions != null : !INSTRUCTIONS_EDEFAULT.equals(instructions);
			case FormPackage.INSTRUMENT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case FormPackage.INSTRUMENT__ITEMS:
				return items != null && !items.isEmpty();
			case FormPackage.INSTRUMENT__SCALE:
				return scale != null && !scale.isEmpty();
			case FormPackage.INSTRUMENT__SEVERITY_BANDS:
				return severityBands != null && !severityBands.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //InstrumentImpl
