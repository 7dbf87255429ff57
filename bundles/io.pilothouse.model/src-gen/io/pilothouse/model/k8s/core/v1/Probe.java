/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Probe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getExec <em>Exec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getFailureThreshold <em>Failure Threshold</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getGrpc <em>Grpc</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getHttpGet <em>Http Get</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getInitialDelaySeconds <em>Initial Delay Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getPeriodSeconds <em>Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getSuccessThreshold <em>Success Threshold</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getTcpSocket <em>Tcp Socket</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getTerminationGracePeriodSeconds <em>Termination Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Probe#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe()
 * @generated
 */
public interface Probe extends EObject {
	/**
	 * Returns the value of the '<em><b>Exec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exec</em>' containment reference.
	 * @see #setExec(ExecAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_Exec()
	 * @generated
	 */
	ExecAction getExec();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getExec <em>Exec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exec</em>' containment reference.
	 * @see #getExec()
	 * @generated
	 */
	void setExec(ExecAction value);

	/**
	 * Returns the value of the '<em><b>Failure Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Threshold</em>' attribute.
	 * @see #setFailureThreshold(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_FailureThreshold()
	 * @generated
	 */
	Integer getFailureThreshold();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getFailureThreshold <em>Failure Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Threshold</em>' attribute.
	 * @see #getFailureThreshold()
	 * @generated
	 */
	void setFailureThreshold(Integer value);

	/**
	 * Returns the value of the '<em><b>Grpc</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grpc</em>' containment reference.
	 * @see #setGrpc(GRPCAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_Grpc()
	 * @generated
	 */
	GRPCAction getGrpc();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getGrpc <em>Grpc</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grpc</em>' containment reference.
	 * @see #getGrpc()
	 * @generated
	 */
	void setGrpc(GRPCAction value);

	/**
	 * Returns the value of the '<em><b>Http Get</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Http Get</em>' containment reference.
	 * @see #setHttpGet(HTTPGetAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_HttpGet()
	 * @generated
	 */
	HTTPGetAction getHttpGet();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getHttpGet <em>Http Get</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Http Get</em>' containment reference.
	 * @see #getHttpGet()
	 * @generated
	 */
	void setHttpGet(HTTPGetAction value);

	/**
	 * Returns the value of the '<em><b>Initial Delay Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial Delay Seconds</em>' attribute.
	 * @see #setInitialDelaySeconds(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_InitialDelaySeconds()
	 * @generated
	 */
	Integer getInitialDelaySeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getInitialDelaySeconds <em>Initial Delay Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Delay Seconds</em>' attribute.
	 * @see #getInitialDelaySeconds()
	 * @generated
	 */
	void setInitialDelaySeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Seconds</em>' attribute.
	 * @see #setPeriodSeconds(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_PeriodSeconds()
	 * @generated
	 */
	Integer getPeriodSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getPeriodSeconds <em>Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Seconds</em>' attribute.
	 * @see #getPeriodSeconds()
	 * @generated
	 */
	void setPeriodSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Success Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Success Threshold</em>' attribute.
	 * @see #setSuccessThreshold(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_SuccessThreshold()
	 * @generated
	 */
	Integer getSuccessThreshold();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getSuccessThreshold <em>Success Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success Threshold</em>' attribute.
	 * @see #getSuccessThreshold()
	 * @generated
	 */
	void setSuccessThreshold(Integer value);

	/**
	 * Returns the value of the '<em><b>Tcp Socket</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tcp Socket</em>' containment reference.
	 * @see #setTcpSocket(TCPSocketAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_TcpSocket()
	 * @generated
	 */
	TCPSocketAction getTcpSocket();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getTcpSocket <em>Tcp Socket</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Socket</em>' containment reference.
	 * @see #getTcpSocket()
	 * @generated
	 */
	void setTcpSocket(TCPSocketAction value);

	/**
	 * Returns the value of the '<em><b>Termination Grace Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Termination Grace Period Seconds</em>' attribute.
	 * @see #setTerminationGracePeriodSeconds(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_TerminationGracePeriodSeconds()
	 * @generated
	 */
	Long getTerminationGracePeriodSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getTerminationGracePeriodSeconds <em>Termination Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Termination Grace Period Seconds</em>' attribute.
	 * @see #getTerminationGracePeriodSeconds()
	 * @generated
	 */
	void setTerminationGracePeriodSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #setTimeoutSeconds(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProbe_TimeoutSeconds()
	 * @generated
	 */
	Integer getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Probe#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #getTimeoutSeconds()
	 * @generated
	 */
	void setTimeoutSeconds(Integer value);

} // Probe
