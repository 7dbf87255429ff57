/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Mount</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getMountPath <em>Mount Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getMountPropagation <em>Mount Propagation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getRecursiveReadOnly <em>Recursive Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getSubPath <em>Sub Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getSubPathExpr <em>Sub Path Expr</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount()
 * @generated
 */
public interface VolumeMount extends EObject {
	/**
	 * Returns the value of the '<em><b>Mount Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount Path</em>' attribute.
	 * @see #setMountPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount_MountPath()
	 * @generated
	 */
	String getMountPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getMountPath <em>Mount Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mount Path</em>' attribute.
	 * @see #getMountPath()
	 * @generated
	 */
	void setMountPath(String value);

	/**
	 * Returns the value of the '<em><b>Mount Propagation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount Propagation</em>' attribute.
	 * @see #setMountPropagation(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount_MountPropagation()
	 * @generated
	 */
	String getMountPropagation();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getMountPropagation <em>Mount Propagation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mount Propagation</em>' attribute.
	 * @see #getMountPropagation()
	 * @generated
	 */
	void setMountPropagation(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Recursive Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recursive Read Only</em>' attribute.
	 * @see #setRecursiveReadOnly(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount_RecursiveReadOnly()
	 * @generated
	 */
	String getRecursiveReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getRecursiveReadOnly <em>Recursive Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recursive Read Only</em>' attribute.
	 * @see #getRecursiveReadOnly()
	 * @generated
	 */
	void setRecursiveReadOnly(String value);

	/**
	 * Returns the value of the '<em><b>Sub Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Path</em>' attribute.
	 * @see #setSubPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount_SubPath()
	 * @generated
	 */
	String getSubPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getSubPath <em>Sub Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sub Path</em>' attribute.
	 * @see #getSubPath()
	 * @generated
	 */
	void setSubPath(String value);

	/**
	 * Returns the value of the '<em><b>Sub Path Expr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Path Expr</em>' attribute.
	 * @see #setSubPathExpr(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeMount_SubPathExpr()
	 * @generated
	 */
	String getSubPathExpr();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeMount#getSubPathExpr <em>Sub Path Expr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sub Path Expr</em>' attribute.
	 * @see #getSubPathExpr()
	 * @generated
	 */
	void setSubPathExpr(String value);

} // VolumeMount
