/**
 */
package org.casenotes.model.form.impl;

import java.util.Collection;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.LetterBody;
import org.casenotes.model.form.RuleConfiguration;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getBaseChain <em>Base Chain</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getRuleConfiguration <em>Rule Configuration</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FormDefinitionImpl#getLetterBody <em>Letter Body</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormDefinitionImpl extends EObjectImpl implements FormDefinition {
	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<FormElement> elements;

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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FormKind KIND_EDEFAULT = FormKind.PROGRESS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FormKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseChain() <em>Base Chain</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseChain()
	 * @generated
	 * @ordered
	 */
	protected EList<String> baseChain;

	/**
	 * The default value of the '{@link #getSourceUri() <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUri()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceUri() <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUri()
	 * @generated
	 * @ordered
	 */
	protected String sourceUri = SOURCE_URI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getRuleConfiguration() <em>Rule Configuration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleConfiguration()
	 * @generated
	 * @ordered
	 */
	protected RuleConfiguration ruleConfiguration;

	/**
	 * The cached value of the '{@link #getLetterBody() <em>Letter Body</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLetterBody()
	 * @generated
	 * @ordered
	 */
	protected LetterBody letterBody;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.FORM_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormElement> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList<FormElement>(FormElement.class, this, FormPackage.FORM_DEFINITION__ELEMENTS);
		}
		return elements;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FormKind newKind) {
		FormKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBaseChain() {
		if (baseChain == null) {
			baseChain = new EDataTypeEList<String>(String.class, this, FormPackage.FORM_DEFINITION__BASE_CHAIN);
		}
		return baseChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceUri() {
		return sourceUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceUri(String newSourceUri) {
		String oldSourceUri = sourceUri;
		sourceUri = newSourceUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__SOURCE_URI, oldSourceUri, sourceUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, FormPackage.FORM_DEFINITION__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleConfiguration getRuleConfiguration() {
		return ruleConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRuleConfiguration(RuleConfiguration newRuleConfiguration, NotificationChain msgs) {
		RuleConfiguration oldRuleConfiguration = ruleConfiguration;
		ruleConfiguration = newRuleConfiguration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__RULE_CONFIGURATION, oldRuleConfiguration, newRuleConfiguration);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleConfiguration(RuleConfiguration newRuleConfiguration) {
		if (newRuleConfiguration != ruleConfiguration) {
			NotificationChain msgs = null;
			if (ruleConfiguration != null)
				msgs = ((InternalEObject)ruleConfiguration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FormPackage.FORM_DEFINITION__RULE_CONFIGURATION, null, msgs);
			if (newRuleConfiguration != null)
				msgs = ((InternalEObject)newRuleConfiguration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FormPackage.FORM_DEFINITION__RULE_CONFIGURATION, null, msgs);
			msgs = basicSetRuleConfiguration(newRuleConfiguration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__RULE_CONFIGURATION, newRuleConfiguration, newRuleConfiguration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LetterBody getLetterBody() {
		return letterBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLetterBody(LetterBody newLetterBody, NotificationChain msgs) {
		LetterBody oldLetterBody = letterBody;
		letterBody = newLetterBody;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__LETTER_BODY, oldLetterBody, newLetterBody);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLetterBody(LetterBody newLetterBody) {
		if (newLetterBody != letterBody) {
			NotificationChain msgs = null;
			if (letterBody != null)
				msgs = ((InternalEObject)letterBody).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FormPackage.FORM_DEFINITION__LETTER_BODY, null, msgs);
			if (newLetterBody != null)
				msgs = ((InternalEObject)newLetterBody).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FormPackage.FORM_DEFINITION__LETTER_BODY, null, msgs);
			msgs = basicSetLetterBody(newLetterBody, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FORM_DEFINITION__LETTER_BODY, newLetterBody, newLetterBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.FORM_DEFINITION__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
			case FormPackage.FORM_DEFINITION__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case FormPackage.FORM_DEFINITION__RULE_CONFIGURATION:
				return basicSetRuleConfiguration(null, msgs);
			case FormPackage.FORM_DEFINITION__LETTER_BODY:
				return basicSetLetterBody(null, msgs);
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
			case FormPackage.FORM_DEFINITION__ELEMENTS:
				return getElements();
			case FormPackage.FORM_DEFINITION__ID:
				return getId();
			case FormPackage.FORM_DEFINITION__TITLE:
				return getTitle();
			case FormPackage.FORM_DEFINITION__VERSION:
				return getVersion();
			case FormPackage.FORM_DEFINITION__KIND:
				return getKind();
			case FormPackage.FORM_DEFINITION__DESCRIPTION:
				return getDescription();
			case FormPackage.FORM_DEFINITION__BASE_CHAIN:
				return getBaseChain();
			case FormPackage.FORM_DEFINITION__SOURCE_URI:
				return getSourceUri();
			case FormPackage.FORM_DEFINITION__INSTRUMENTS:
				return getInstruments();
			case FormPackage.FORM_DEFINITION__RULE_CONFIGURATION:
				return getRuleConfiguration();
			case FormPackage.FORM_DEFINITION__LETTER_BODY:
				return getLetterBody();
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
			case FormPackage.FORM_DEFINITION__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends FormElement>)newValue);
				return;
			case FormPackage.FORM_DEFINITION__ID:
				setId((String)newValue);
				return;
			case FormPackage.FORM_DEFINITION__TITLE:
				setTitle((String)newValue);
				return;
			case FormPackage.FORM_DEFINITION__VERSION:
				setVersion((Integer)newValue);
				return;
			case FormPackage.FORM_DEFINITION__KIND:
				setKind((FormKind)newValue);
				return;
			case FormPackage.FORM_DEFINITION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FormPackage.FORM_DEFINITION__BASE_CHAIN:
				getBaseChain().clear();
				getBaseChain().addAll((Collection<? extends String>)newValue);
				return;
			case FormPackage.FORM_DEFINITION__SOURCE_URI:
				setSourceUri((String)newValue);
				return;
			case FormPackage.FORM_DEFINITION__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case FormPackage.FORM_DEFINITION__RULE_CONFIGURATION:
				setRuleConfiguration((RuleConfiguration)newValue);
				return;
			case FormPackage.FORM_DEFINITION__LETTER_BODY:
				setLetterBody((LetterBody)newValue);
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
			case FormPackage.FORM_DEFINITION__ELEMENTS:
				getElements().clear();
				return;
			case FormPackage.FORM_DEFINITION__ID:
				setId(ID_EDEFAULT);
				return;
			case FormPackage.FORM_DEFINITION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FormPackage.FORM_DEFINITION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case FormPackage.FORM_DEFINITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FormPackage.FORM_DEFINITION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FormPackage.FORM_DEFINITION__BASE_CHAIN:
				getBaseChain().clear();
				return;
			case FormPackage.FORM_DEFINITION__SOURCE_URI:
				setSourceUri(SOURCE_URI_EDEFAULT);
				return;
			case FormPackage.FORM_DEFINITION__INSTRUMENTS:
				getInstruments().clear();
				return;
			case FormPackage.FORM_DEFINITION__RULE_CONFIGURATION:
				setRuleConfiguration((RuleConfiguration)null);
				return;
			case FormPackage.FORM_DEFINITION__LETTER_BODY:
				setLetterBody((LetterBody)null);
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
			case FormPackage.FORM_DEFINITION__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case FormPackage.FORM_DEFINITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FormPackage.FORM_DEFINITION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FormPackage.FORM_DEFINITION__VERSION:
				return version != VERSION_EDEFAULT;
			case FormPackage.FORM_DEFINITION__KIND:
				return kind != KIND_EDEFAULT;
			case FormPackage.FORM_DEFINITION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FormPackage.FORM_DEFINITION__BASE_CHAIN:
				return baseChain != null && !baseChain.isEmpty();
			case FormPackage.FORM_DEFINITION__SOURCE_URI:
				return SOURCE_URI_EDEFAULT == null ? sourceUri != null : !SOURCE_URI_EDEFAULT.equals(sourceUri);
			case FormPackage.FORM_DEFINITION__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case FormPackage.FORM_DEFINITION__RULE_CONFIGURATION:
				return ruleConfiguration != null;
			case FormPackage.FORM_DEFINITION__LETTER_BODY:
				return letterBody != null;
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
		result.append(", version: ");
		result.append(version);
		result.append(", kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(", baseChain: ");
		result.append(baseChain);
		result.append(", sourceUri: ");
		result.append(sourceUri);
		result.append(')');
		return result.toString();
	}

} //FormDefinitionImpl
