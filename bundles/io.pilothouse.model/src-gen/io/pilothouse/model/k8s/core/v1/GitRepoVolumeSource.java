/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Git Repo Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.GitRepoVolumeSource#getDirectory <em>Directory</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.GitRepoVolumeSource#getRepository <em>Repository</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.GitRepoVolumeSource#getRevision <em>Revision</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGitRepoVolumeSource()
 * @generated
 */
public interface GitRepoVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Directory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Directory</em>' attribute.
	 * @see #setDirectory(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGitRepoVolumeSource_Directory()
	 * @generated
	 */
	String getDirectory();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.GitRepoVolumeSource#getDirectory <em>Directory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Directory</em>' attribute.
	 * @see #getDirectory()
	 * @generated
	 */
	void setDirectory(String value);

	/**
	 * Returns the value of the '<em><b>Repository</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repository</em>' attribute.
	 * @see #setRepository(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGitRepoVolumeSource_Repository()
	 * @generated
	 */
	String getRepository();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.GitRepoVolumeSource#getRepository <em>Repository</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repository</em>' attribute.
	 * @see #getRepository()
	 * @generated
	 */
	void setRepository(String value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getGitRepoVolumeSource_Revision()
	 * @generated
	 */
	String getRevision();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.GitRepoVolumeSource#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(String value);

} // GitRepoVolumeSource
