/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1.impl;

import io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package;
import io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.types.Time;

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
 * An implementation of the model object '<em><b>Pod Certificate Request Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl#getBeginRefreshAt <em>Begin Refresh At</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl#getCertificateChain <em>Certificate Chain</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestStatusImpl#getNotBefore <em>Not Before</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodCertificateRequestStatusImpl extends MinimalEObjectImpl.Container implements PodCertificateRequestStatus {
	/**
	 * The default value of the '{@link #getBeginRefreshAt() <em>Begin Refresh At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeginRefreshAt()
	 * @generated
	 * @ordered
	 */
	protected static final Time BEGIN_REFRESH_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeginRefreshAt() <em>Begin Refresh At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeginRefreshAt()
	 * @generated
	 * @ordered
	 */
	protected Time beginRefreshAt = BEGIN_REFRESH_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificateChain() <em>Certificate Chain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateChain()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_CHAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificateChain() <em>Certificate Chain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateChain()
	 * @generated
	 * @ordered
	 */
	protected String certificateChain = CERTIFICATE_CHAIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The default value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Time NOT_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected Time notAfter = NOT_AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected static final Time NOT_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected Time notBefore = NOT_BEFORE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodCertificateRequestStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CertificatesV1beta1Package.Literals.POD_CERTIFICATE_REQUEST_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getBeginRefreshAt() {
		return beginRefreshAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeginRefreshAt(Time newBeginRefreshAt) {
		Time oldBeginRefreshAt = beginRefreshAt;
		beginRefreshAt = newBeginRefreshAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__BEGIN_REFRESH_AT, oldBeginRefreshAt, beginRefreshAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificateChain() {
		return certificateChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateChain(String newCertificateChain) {
		String oldCertificateChain = certificateChain;
		certificateChain = newCertificateChain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CERTIFICATE_CHAIN, oldCertificateChain, certificateChain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getNotAfter() {
		return notAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotAfter(Time newNotAfter) {
		Time oldNotAfter = notAfter;
		notAfter = newNotAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_AFTER, oldNotAfter, notAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getNotBefore() {
		return notBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotBefore(Time newNotBefore) {
		Time oldNotBefore = notBefore;
		notBefore = newNotBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_BEFORE, oldNotBefore, notBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS:
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__BEGIN_REFRESH_AT:
				return getBeginRefreshAt();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CERTIFICATE_CHAIN:
				return getCertificateChain();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS:
				return getConditions();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_AFTER:
				return getNotAfter();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_BEFORE:
				return getNotBefore();
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__BEGIN_REFRESH_AT:
				setBeginRefreshAt((Time)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CERTIFICATE_CHAIN:
				setCertificateChain((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_AFTER:
				setNotAfter((Time)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_BEFORE:
				setNotBefore((Time)newValue);
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__BEGIN_REFRESH_AT:
				setBeginRefreshAt(BEGIN_REFRESH_AT_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CERTIFICATE_CHAIN:
				setCertificateChain(CERTIFICATE_CHAIN_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_AFTER:
				setNotAfter(NOT_AFTER_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_BEFORE:
				setNotBefore(NOT_BEFORE_EDEFAULT);
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__BEGIN_REFRESH_AT:
				return BEGIN_REFRESH_AT_EDEFAULT == null ? beginRefreshAt != null : !BEGIN_REFRESH_AT_EDEFAULT.equals(beginRefreshAt);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CERTIFICATE_CHAIN:
				return CERTIFICATE_CHAIN_EDEFAULT == null ? certificateChain != null : !CERTIFICATE_CHAIN_EDEFAULT.equals(certificateChain);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_AFTER:
				return NOT_AFTER_EDEFAULT == null ? notAfter != null : !NOT_AFTER_EDEFAULT.equals(notAfter);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_STATUS__NOT_BEFORE:
				return NOT_BEFORE_EDEFAULT == null ? notBefore != null : !NOT_BEFORE_EDEFAULT.equals(notBefore);
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
		result.append(" (beginRefreshAt: ");
		result.append(beginRefreshAt);
		result.append(", certificateChain: ");
		result.append(certificateChain);
		result.append(", notAfter: ");
		result.append(notAfter);
		result.append(", notBefore: ");
		result.append(notBefore);
		result.append(')');
		return result.toString();
	}

} //PodCertificateRequestStatusImpl
