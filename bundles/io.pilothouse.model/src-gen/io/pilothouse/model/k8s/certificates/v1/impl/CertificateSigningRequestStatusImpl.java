/**
 */
package io.pilothouse.model.k8s.certificates.v1.impl;

import io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition;
import io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus;
import io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package;

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
 * An implementation of the model object '<em><b>Certificate Signing Request Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestStatusImpl#getCertificate <em>Certificate</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestStatusImpl#getConditions <em>Conditions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CertificateSigningRequestStatusImpl extends MinimalEObjectImpl.Container implements CertificateSigningRequestStatus {
	/**
	 * The default value of the '{@link #getCertificate() <em>Certificate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificate()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificate() <em>Certificate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificate()
	 * @generated
	 * @ordered
	 */
	protected String certificate = CERTIFICATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<CertificateSigningRequestCondition> conditions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CertificateSigningRequestStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CertificatesV1Package.Literals.CERTIFICATE_SIGNING_REQUEST_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificate() {
		return certificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificate(String newCertificate) {
		String oldCertificate = certificate;
		certificate = newCertificate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CERTIFICATE, oldCertificate, certificate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CertificateSigningRequestCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<CertificateSigningRequestCondition>(CertificateSigningRequestCondition.class, this, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CERTIFICATE:
				return getCertificate();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS:
				return getConditions();
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CERTIFICATE:
				setCertificate((String)newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends CertificateSigningRequestCondition>)newValue);
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CERTIFICATE:
				setCertificate(CERTIFICATE_EDEFAULT);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS:
				getConditions().clear();
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CERTIFICATE:
				return CERTIFICATE_EDEFAULT == null ? certificate != null : !CERTIFICATE_EDEFAULT.equals(certificate);
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
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
		result.append(" (certificate: ");
		result.append(certificate);
		result.append(')');
		return result.toString();
	}

} //CertificateSigningRequestStatusImpl
