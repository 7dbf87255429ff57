/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Certificate Request Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getBeginRefreshAt <em>Begin Refresh At</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getCertificateChain <em>Certificate Chain</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotBefore <em>Not Before</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestStatus()
 * @generated
 */
public interface PodCertificateRequestStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Begin Refresh At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin Refresh At</em>' attribute.
	 * @see #setBeginRefreshAt(Time)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestStatus_BeginRefreshAt()
	 * @generated
	 */
	Time getBeginRefreshAt();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getBeginRefreshAt <em>Begin Refresh At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin Refresh At</em>' attribute.
	 * @see #getBeginRefreshAt()
	 * @generated
	 */
	void setBeginRefreshAt(Time value);

	/**
	 * Returns the value of the '<em><b>Certificate Chain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certificate Chain</em>' attribute.
	 * @see #setCertificateChain(String)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestStatus_CertificateChain()
	 * @generated
	 */
	String getCertificateChain();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getCertificateChain <em>Certificate Chain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Chain</em>' attribute.
	 * @see #getCertificateChain()
	 * @generated
	 */
	void setCertificateChain(String value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not After</em>' attribute.
	 * @see #setNotAfter(Time)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestStatus_NotAfter()
	 * @generated
	 */
	Time getNotAfter();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotAfter <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not After</em>' attribute.
	 * @see #getNotAfter()
	 * @generated
	 */
	void setNotAfter(Time value);

	/**
	 * Returns the value of the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Before</em>' attribute.
	 * @see #setNotBefore(Time)
	 * @see io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package#getPodCertificateRequestStatus_NotBefore()
	 * @generated
	 */
	Time getNotBefore();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestStatus#getNotBefore <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Before</em>' attribute.
	 * @see #getNotBefore()
	 * @generated
	 */
	void setNotBefore(Time value);

} // PodCertificateRequestStatus
