/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3.impl;

import io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef;
import io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName;
import io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation;
import io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backend TLS Policy Validation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl#getCaCertificateRefs <em>Ca Certificate Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl#getSubjectAltNames <em>Subject Alt Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl#getWellKnownCACertificates <em>Well Known CA Certificates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackendTLSPolicyValidationImpl extends MinimalEObjectImpl.Container implements BackendTLSPolicyValidation {
	/**
	 * The cached value of the '{@link #getCaCertificateRefs() <em>Ca Certificate Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaCertificateRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<BackendTLSPolicyCaCertificateRef> caCertificateRefs;

	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubjectAltNames() <em>Subject Alt Names</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectAltNames()
	 * @generated
	 * @ordered
	 */
	protected EList<BackendTLSPolicySubjectAltName> subjectAltNames;

	/**
	 * The default value of the '{@link #getWellKnownCACertificates() <em>Well Known CA Certificates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWellKnownCACertificates()
	 * @generated
	 * @ordered
	 */
	protected static final String WELL_KNOWN_CA_CERTIFICATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWellKnownCACertificates() <em>Well Known CA Certificates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWellKnownCACertificates()
	 * @generated
	 * @ordered
	 */
	protected String wellKnownCACertificates = WELL_KNOWN_CA_CERTIFICATES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackendTLSPolicyValidationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1alpha3Package.Literals.BACKEND_TLS_POLICY_VALIDATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackendTLSPolicyCaCertificateRef> getCaCertificateRefs() {
		if (caCertificateRefs == null) {
			caCertificateRefs = new EObjectContainmentEList<BackendTLSPolicyCaCertificateRef>(BackendTLSPolicyCaCertificateRef.class, this, GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS);
		}
		return caCertificateRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackendTLSPolicySubjectAltName> getSubjectAltNames() {
		if (subjectAltNames == null) {
			subjectAltNames = new EObjectContainmentEList<BackendTLSPolicySubjectAltName>(BackendTLSPolicySubjectAltName.class, this, GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES);
		}
		return subjectAltNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWellKnownCACertificates() {
		return wellKnownCACertificates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWellKnownCACertificates(String newWellKnownCACertificates) {
		String oldWellKnownCACertificates = wellKnownCACertificates;
		wellKnownCACertificates = newWellKnownCACertificates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__WELL_KNOWN_CA_CERTIFICATES, oldWellKnownCACertificates, wellKnownCACertificates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS:
				return ((InternalEList<?>)getCaCertificateRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES:
				return ((InternalEList<?>)getSubjectAltNames()).basicRemove(otherEnd, msgs);
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS:
				return getCaCertificateRefs();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__HOSTNAME:
				return getHostname();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES:
				return getSubjectAltNames();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__WELL_KNOWN_CA_CERTIFICATES:
				return getWellKnownCACertificates();
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS:
				getCaCertificateRefs().clear();
				getCaCertificateRefs().addAll((Collection<? extends BackendTLSPolicyCaCertificateRef>)newValue);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__HOSTNAME:
				setHostname((String)newValue);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES:
				getSubjectAltNames().clear();
				getSubjectAltNames().addAll((Collection<? extends BackendTLSPolicySubjectAltName>)newValue);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__WELL_KNOWN_CA_CERTIFICATES:
				setWellKnownCACertificates((String)newValue);
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS:
				getCaCertificateRefs().clear();
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES:
				getSubjectAltNames().clear();
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__WELL_KNOWN_CA_CERTIFICATES:
				setWellKnownCACertificates(WELL_KNOWN_CA_CERTIFICATES_EDEFAULT);
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS:
				return caCertificateRefs != null && !caCertificateRefs.isEmpty();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES:
				return subjectAltNames != null && !subjectAltNames.isEmpty();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_VALIDATION__WELL_KNOWN_CA_CERTIFICATES:
				return WELL_KNOWN_CA_CERTIFICATES_EDEFAULT == null ? wellKnownCACertificates != null : !WELL_KNOWN_CA_CERTIFICATES_EDEFAULT.equals(wellKnownCACertificates);
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
		result.append(" (hostname: ");
		result.append(hostname);
		result.append(", wellKnownCACertificates: ");
		result.append(wellKnownCACertificates);
		result.append(')');
		return result.toString();
	}

} //BackendTLSPolicyValidationImpl
