/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getBuildDate <em>Build Date</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getCompiler <em>Compiler</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getEmulationMajor <em>Emulation Major</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getEmulationMinor <em>Emulation Minor</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getGitCommit <em>Git Commit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getGitTreeState <em>Git Tree State</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getGitVersion <em>Git Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getGoVersion <em>Go Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getMajor <em>Major</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMajor <em>Min Compatibility Major</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMinor <em>Min Compatibility Minor</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getMinor <em>Minor</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Info#getPlatform <em>Platform</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo()
 * @generated
 */
public interface Info extends EObject {
	/**
	 * Returns the value of the '<em><b>Build Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Build Date</em>' attribute.
	 * @see #setBuildDate(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_BuildDate()
	 * @generated
	 */
	String getBuildDate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getBuildDate <em>Build Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Build Date</em>' attribute.
	 * @see #getBuildDate()
	 * @generated
	 */
	void setBuildDate(String value);

	/**
	 * Returns the value of the '<em><b>Compiler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compiler</em>' attribute.
	 * @see #setCompiler(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_Compiler()
	 * @generated
	 */
	String getCompiler();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getCompiler <em>Compiler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compiler</em>' attribute.
	 * @see #getCompiler()
	 * @generated
	 */
	void setCompiler(String value);

	/**
	 * Returns the value of the '<em><b>Emulation Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emulation Major</em>' attribute.
	 * @see #setEmulationMajor(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_EmulationMajor()
	 * @generated
	 */
	String getEmulationMajor();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getEmulationMajor <em>Emulation Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emulation Major</em>' attribute.
	 * @see #getEmulationMajor()
	 * @generated
	 */
	void setEmulationMajor(String value);

	/**
	 * Returns the value of the '<em><b>Emulation Minor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emulation Minor</em>' attribute.
	 * @see #setEmulationMinor(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_EmulationMinor()
	 * @generated
	 */
	String getEmulationMinor();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getEmulationMinor <em>Emulation Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emulation Minor</em>' attribute.
	 * @see #getEmulationMinor()
	 * @generated
	 */
	void setEmulationMinor(String value);

	/**
	 * Returns the value of the '<em><b>Git Commit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Git Commit</em>' attribute.
	 * @see #setGitCommit(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_GitCommit()
	 * @generated
	 */
	String getGitCommit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getGitCommit <em>Git Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Git Commit</em>' attribute.
	 * @see #getGitCommit()
	 * @generated
	 */
	void setGitCommit(String value);

	/**
	 * Returns the value of the '<em><b>Git Tree State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Git Tree State</em>' attribute.
	 * @see #setGitTreeState(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_GitTreeState()
	 * @generated
	 */
	String getGitTreeState();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getGitTreeState <em>Git Tree State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Git Tree State</em>' attribute.
	 * @see #getGitTreeState()
	 * @generated
	 */
	void setGitTreeState(String value);

	/**
	 * Returns the value of the '<em><b>Git Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Git Version</em>' attribute.
	 * @see #setGitVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_GitVersion()
	 * @generated
	 */
	String getGitVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getGitVersion <em>Git Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Git Version</em>' attribute.
	 * @see #getGitVersion()
	 * @generated
	 */
	void setGitVersion(String value);

	/**
	 * Returns the value of the '<em><b>Go Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Go Version</em>' attribute.
	 * @see #setGoVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_GoVersion()
	 * @generated
	 */
	String getGoVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getGoVersion <em>Go Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Go Version</em>' attribute.
	 * @see #getGoVersion()
	 * @generated
	 */
	void setGoVersion(String value);

	/**
	 * Returns the value of the '<em><b>Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Major</em>' attribute.
	 * @see #setMajor(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_Major()
	 * @generated
	 */
	String getMajor();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getMajor <em>Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Major</em>' attribute.
	 * @see #getMajor()
	 * @generated
	 */
	void setMajor(String value);

	/**
	 * Returns the value of the '<em><b>Min Compatibility Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Compatibility Major</em>' attribute.
	 * @see #setMinCompatibilityMajor(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_MinCompatibilityMajor()
	 * @generated
	 */
	String getMinCompatibilityMajor();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMajor <em>Min Compatibility Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Compatibility Major</em>' attribute.
	 * @see #getMinCompatibilityMajor()
	 * @generated
	 */
	void setMinCompatibilityMajor(String value);

	/**
	 * Returns the value of the '<em><b>Min Compatibility Minor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Compatibility Minor</em>' attribute.
	 * @see #setMinCompatibilityMinor(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_MinCompatibilityMinor()
	 * @generated
	 */
	String getMinCompatibilityMinor();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getMinCompatibilityMinor <em>Min Compatibility Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Compatibility Minor</em>' attribute.
	 * @see #getMinCompatibilityMinor()
	 * @generated
	 */
	void setMinCompatibilityMinor(String value);

	/**
	 * Returns the value of the '<em><b>Minor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minor</em>' attribute.
	 * @see #setMinor(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_Minor()
	 * @generated
	 */
	String getMinor();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getMinor <em>Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minor</em>' attribute.
	 * @see #getMinor()
	 * @generated
	 */
	void setMinor(String value);

	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see #setPlatform(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getInfo_Platform()
	 * @generated
	 */
	String getPlatform();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Info#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(String value);

} // Info
