/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.batch.v1.JobStatus;
import io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods;

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
 * An implementation of the model object '<em><b>Job Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getActive <em>Active</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getCompletedIndexes <em>Completed Indexes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getCompletionTime <em>Completion Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getFailed <em>Failed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getFailedIndexes <em>Failed Indexes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getReady <em>Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getSucceeded <em>Succeeded</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getTerminating <em>Terminating</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.JobStatusImpl#getUncountedTerminatedPods <em>Uncounted Terminated Pods</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobStatusImpl extends MinimalEObjectImpl.Container implements JobStatus {
	/**
	 * The default value of the '{@link #getActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActive()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ACTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActive()
	 * @generated
	 * @ordered
	 */
	protected Integer active = ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedIndexes() <em>Completed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedIndexes()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLETED_INDEXES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedIndexes() <em>Completed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedIndexes()
	 * @generated
	 * @ordered
	 */
	protected String completedIndexes = COMPLETED_INDEXES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletionTime() <em>Completion Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time COMPLETION_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletionTime() <em>Completion Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionTime()
	 * @generated
	 * @ordered
	 */
	protected Time completionTime = COMPLETION_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<JobCondition> conditions;

	/**
	 * The default value of the '{@link #getFailed() <em>Failed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailed()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FAILED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailed() <em>Failed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailed()
	 * @generated
	 * @ordered
	 */
	protected Integer failed = FAILED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailedIndexes() <em>Failed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedIndexes()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILED_INDEXES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailedIndexes() <em>Failed Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedIndexes()
	 * @generated
	 * @ordered
	 */
	protected String failedIndexes = FAILED_INDEXES_EDEFAULT;

	/**
	 * The default value of the '{@link #getReady() <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected static final Integer READY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReady() <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected Integer ready = READY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected Time startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSucceeded() <em>Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSucceeded()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SUCCEEDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSucceeded() <em>Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSucceeded()
	 * @generated
	 * @ordered
	 */
	protected Integer succeeded = SUCCEEDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerminating() <em>Terminating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminating()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TERMINATING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerminating() <em>Terminating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminating()
	 * @generated
	 * @ordered
	 */
	protected Integer terminating = TERMINATING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUncountedTerminatedPods() <em>Uncounted Terminated Pods</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncountedTerminatedPods()
	 * @generated
	 * @ordered
	 */
	protected UncountedTerminatedPods uncountedTerminatedPods;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.JOB_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(Integer newActive) {
		Integer oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompletedIndexes() {
		return completedIndexes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedIndexes(String newCompletedIndexes) {
		String oldCompletedIndexes = completedIndexes;
		completedIndexes = newCompletedIndexes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__COMPLETED_INDEXES, oldCompletedIndexes, completedIndexes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getCompletionTime() {
		return completionTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletionTime(Time newCompletionTime) {
		Time oldCompletionTime = completionTime;
		completionTime = newCompletionTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__COMPLETION_TIME, oldCompletionTime, completionTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JobCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<JobCondition>(JobCondition.class, this, BatchV1Package.JOB_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFailed() {
		return failed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailed(Integer newFailed) {
		Integer oldFailed = failed;
		failed = newFailed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__FAILED, oldFailed, failed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailedIndexes() {
		return failedIndexes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedIndexes(String newFailedIndexes) {
		String oldFailedIndexes = failedIndexes;
		failedIndexes = newFailedIndexes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__FAILED_INDEXES, oldFailedIndexes, failedIndexes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReady() {
		return ready;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReady(Integer newReady) {
		Integer oldReady = ready;
		ready = newReady;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__READY, oldReady, ready));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(Time newStartTime) {
		Time oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSucceeded() {
		return succeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSucceeded(Integer newSucceeded) {
		Integer oldSucceeded = succeeded;
		succeeded = newSucceeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__SUCCEEDED, oldSucceeded, succeeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTerminating() {
		return terminating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminating(Integer newTerminating) {
		Integer oldTerminating = terminating;
		terminating = newTerminating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__TERMINATING, oldTerminating, terminating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UncountedTerminatedPods getUncountedTerminatedPods() {
		return uncountedTerminatedPods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUncountedTerminatedPods(UncountedTerminatedPods newUncountedTerminatedPods, NotificationChain msgs) {
		UncountedTerminatedPods oldUncountedTerminatedPods = uncountedTerminatedPods;
		uncountedTerminatedPods = newUncountedTerminatedPods;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS, oldUncountedTerminatedPods, newUncountedTerminatedPods);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUncountedTerminatedPods(UncountedTerminatedPods newUncountedTerminatedPods) {
		if (newUncountedTerminatedPods != uncountedTerminatedPods) {
			NotificationChain msgs = null;
			if (uncountedTerminatedPods != null)
				msgs = ((InternalEObject)uncountedTerminatedPods).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS, null, msgs);
			if (newUncountedTerminatedPods != null)
				msgs = ((InternalEObject)newUncountedTerminatedPods).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS, null, msgs);
			msgs = basicSetUncountedTerminatedPods(newUncountedTerminatedPods, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS, newUncountedTerminatedPods, newUncountedTerminatedPods));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BatchV1Package.JOB_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS:
				return basicSetUncountedTerminatedPods(null, msgs);
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
			case BatchV1Package.JOB_STATUS__ACTIVE:
				return getActive();
			case BatchV1Package.JOB_STATUS__COMPLETED_INDEXES:
				return getCompletedIndexes();
			case BatchV1Package.JOB_STATUS__COMPLETION_TIME:
				return getCompletionTime();
			case BatchV1Package.JOB_STATUS__CONDITIONS:
				return getConditions();
			case BatchV1Package.JOB_STATUS__FAILED:
				return getFailed();
			case BatchV1Package.JOB_STATUS__FAILED_INDEXES:
				return getFailedIndexes();
			case BatchV1Package.JOB_STATUS__READY:
				return getReady();
			case BatchV1Package.JOB_STATUS__START_TIME:
				return getStartTime();
			case BatchV1Package.JOB_STATUS__SUCCEEDED:
				return getSucceeded();
			case BatchV1Package.JOB_STATUS__TERMINATING:
				return getTerminating();
			case BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS:
				return getUncountedTerminatedPods();
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
			case BatchV1Package.JOB_STATUS__ACTIVE:
				setActive((Integer)newValue);
				return;
			case BatchV1Package.JOB_STATUS__COMPLETED_INDEXES:
				setCompletedIndexes((String)newValue);
				return;
			case BatchV1Package.JOB_STATUS__COMPLETION_TIME:
				setCompletionTime((Time)newValue);
				return;
			case BatchV1Package.JOB_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends JobCondition>)newValue);
				return;
			case BatchV1Package.JOB_STATUS__FAILED:
				setFailed((Integer)newValue);
				return;
			case BatchV1Package.JOB_STATUS__FAILED_INDEXES:
				setFailedIndexes((String)newValue);
				return;
			case BatchV1Package.JOB_STATUS__READY:
				setReady((Integer)newValue);
				return;
			case BatchV1Package.JOB_STATUS__START_TIME:
				setStartTime((Time)newValue);
				return;
			case BatchV1Package.JOB_STATUS__SUCCEEDED:
				setSucceeded((Integer)newValue);
				return;
			case BatchV1Package.JOB_STATUS__TERMINATING:
				setTerminating((Integer)newValue);
				return;
			case BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS:
				setUncountedTerminatedPods((UncountedTerminatedPods)newValue);
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
			case BatchV1Package.JOB_STATUS__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__COMPLETED_INDEXES:
				setCompletedIndexes(COMPLETED_INDEXES_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__COMPLETION_TIME:
				setCompletionTime(COMPLETION_TIME_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case BatchV1Package.JOB_STATUS__FAILED:
				setFailed(FAILED_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__FAILED_INDEXES:
				setFailedIndexes(FAILED_INDEXES_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__READY:
				setReady(READY_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__SUCCEEDED:
				setSucceeded(SUCCEEDED_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__TERMINATING:
				setTerminating(TERMINATING_EDEFAULT);
				return;
			case BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS:
				setUncountedTerminatedPods((UncountedTerminatedPods)null);
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
			case BatchV1Package.JOB_STATUS__ACTIVE:
				return ACTIVE_EDEFAULT == null ? active != null : !ACTIVE_EDEFAULT.equals(active);
			case BatchV1Package.JOB_STATUS__COMPLETED_INDEXES:
				return COMPLETED_INDEXES_EDEFAULT == null ? completedIndexes != null : !COMPLETED_INDEXES_EDEFAULT.equals(completedIndexes);
			case BatchV1Package.JOB_STATUS__COMPLETION_TIME:
				return COMPLETION_TIME_EDEFAULT == null ? completionTime != null : !COMPLETION_TIME_EDEFAULT.equals(completionTime);
			case BatchV1Package.JOB_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case BatchV1Package.JOB_STATUS__FAILED:
				return FAILED_EDEFAULT == null ? failed != null : !FAILED_EDEFAULT.equals(failed);
			case BatchV1Package.JOB_STATUS__FAILED_INDEXES:
				return FAILED_INDEXES_EDEFAULT == null ? failedIndexes != null : !FAILED_INDEXES_EDEFAULT.equals(failedIndexes);
			case BatchV1Package.JOB_STATUS__READY:
				return READY_EDEFAULT == null ? ready != null : !READY_EDEFAULT.equals(ready);
			case BatchV1Package.JOB_STATUS__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case BatchV1Package.JOB_STATUS__SUCCEEDED:
				return SUCCEEDED_EDEFAULT == null ? succeeded != null : !SUCCEEDED_EDEFAULT.equals(succeeded);
			case BatchV1Package.JOB_STATUS__TERMINATING:
				return TERMINATING_EDEFAULT == null ? terminating != null : !TERMINATING_EDEFAULT.equals(terminating);
			case BatchV1Package.JOB_STATUS__UNCOUNTED_TERMINATED_PODS:
				return uncountedTerminatedPods != null;
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
		result.append(" (active: ");
		result.append(active);
		result.append(", completedIndexes: ");
		result.append(completedIndexes);
		result.append(", completionTime: ");
		result.append(completionTime);
		result.append(", failed: ");
		result.append(failed);
		result.append(", failedIndexes: ");
		result.append(failedIndexes);
		result.append(", ready: ");
		result.append(ready);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", succeeded: ");
		result.append(succeeded);
		result.append(", terminating: ");
		result.append(terminating);
		result.append(')');
		return result.toString();
	}

} //JobStatusImpl
