/**
 */
package io.pilothouse.model.k8s.coordination.v1alpha2;

import io.pilothouse.model.types.MicroTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lease Candidate Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getBinaryVersion <em>Binary Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getEmulationVersion <em>Emulation Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getLeaseName <em>Lease Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getPingTime <em>Ping Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getRenewTime <em>Renew Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package#getLeaseCandidateSpec()
 * @generated
 */
public interface LeaseCandidateSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Binary Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binary Version</em>' attribute.
	 * @see #setBinaryVersion(String)
	 * @see io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package#getLeaseCandidateSpec_BinaryVersion()
	 * @generated
	 */
	String getBinaryVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getBinaryVersion <em>Binary Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binary Version</em>' attribute.
	 * @see #getBinaryVersion()
	 * @generated
	 */
	void setBinaryVersion(String value);

	/**
	 * Returns the value of the '<em><b>Emulation Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emulation Version</em>' attribute.
	 * @see #setEmulationVersion(String)
	 * @see io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package#getLeaseCandidateSpec_EmulationVersion()
	 * @generated
	 */
	String getEmulationVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getEmulationVersion <em>Emulation Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emulation Version</em>' attribute.
	 * @see #getEmulationVersion()
	 * @generated
	 */
	void setEmulationVersion(String value);

	/**
	 * Returns the value of the '<em><b>Lease Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lease Name</em>' attribute.
	 * @see #setLeaseName(String)
	 * @see io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package#getLeaseCandidateSpec_LeaseName()
	 * @generated
	 */
	String getLeaseName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getLeaseName <em>Lease Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lease Name</em>' attribute.
	 * @see #getLeaseName()
	 * @generated
	 */
	void setLeaseName(String value);

	/**
	 * Returns the value of the '<em><b>Ping Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ping Time</em>' attribute.
	 * @see #setPingTime(MicroTime)
	 * @see io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package#getLeaseCandidateSpec_PingTime()
	 * @generated
	 */
	MicroTime getPingTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getPingTime <em>Ping Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ping Time</em>' attribute.
	 * @see #getPingTime()
	 * @generated
	 */
	void setPingTime(MicroTime value);

	/**
	 * Returns the value of the '<em><b>Renew Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Renew Time</em>' attribute.
	 * @see #setRenewTime(MicroTime)
	 * @see io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package#getLeaseCandidateSpec_RenewTime()
	 * @generated
	 */
	MicroTime getRenewTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getRenewTime <em>Renew Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renew Time</em>' attribute.
	 * @see #getRenewTime()
	 * @generated
	 */
	void setRenewTime(MicroTime value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see #setStrategy(String)
	 * @see io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package#getLeaseCandidateSpec_Strategy()
	 * @generated
	 */
	String getStrategy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1alpha2.LeaseCandidateSpec#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(String value);

} // LeaseCandidateSpec
