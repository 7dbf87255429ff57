/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1.impl;

import io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package;
import io.pilothouse.model.k8s.certificates.v1beta1.ClusterTrustBundleSpec;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster Trust Bundle Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleSpecImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.ClusterTrustBundleSpecImpl#getTrustBundle <em>Trust Bundle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterTrustBundleSpecImpl extends MinimalEObjectImpl.Container implements ClusterTrustBundleSpec {
	/**
	 * The default value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected String signerName = SIGNER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrustBundle() <em>Trust Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustBundle()
	 * @generated
	 * @ordered
	 */
	protected static final String TRUST_BUNDLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrustBundle() <em>Trust Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustBundle()
	 * @generated
	 * @ordered
	 */
	protected String trustBundle = TRUST_BUNDLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterTrustBundleSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CertificatesV1beta1Package.Literals.CLUSTER_TRUST_BUNDLE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerName() {
		return signerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerName(String newSignerName) {
		String oldSignerName = signerName;
		signerName = newSignerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrustBundle() {
		return trustBundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrustBundle(String newTrustBundle) {
		String oldTrustBundle = trustBundle;
		trustBundle = newTrustBundle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__TRUST_BUNDLE, oldTrustBundle, trustBundle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__SIGNER_NAME:
				return getSignerName();
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__TRUST_BUNDLE:
				return getTrustBundle();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__SIGNER_NAME:
				setSignerName((String)newValue);
				return;
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__TRUST_BUNDLE:
				setTrustBundle((String)newValue);
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
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__TRUST_BUNDLE:
				setTrustBundle(TRUST_BUNDLE_EDEFAULT);
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
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case CertificatesV1beta1Package.CLUSTER_TRUST_BUNDLE_SPEC__TRUST_BUNDLE:
				return TRUST_BUNDLE_EDEFAULT == null ? trustBundle != null : !TRUST_BUNDLE_EDEFAULT.equals(trustBundle);
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
		result.append(" (signerName: ");
		result.append(signerName);
		result.append(", trustBundle: ");
		result.append(trustBundle);
		result.append(')');
		return result.toString();
	}

} //ClusterTrustBundleSpecImpl
