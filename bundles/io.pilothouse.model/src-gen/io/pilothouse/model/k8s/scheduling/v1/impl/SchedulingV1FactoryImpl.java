/**
 */
package io.pilothouse.model.k8s.scheduling.v1.impl;

import io.pilothouse.model.k8s.scheduling.v1.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SchedulingV1FactoryImpl extends EFactoryImpl implements SchedulingV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SchedulingV1Factory init() {
		try {
			SchedulingV1Factory theSchedulingV1Factory = (SchedulingV1Factory)EPackage.Registry.INSTANCE.getEFactory(SchedulingV1Package.eNS_URI);
			if (theSchedulingV1Factory != null) {
				return theSchedulingV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SchedulingV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchedulingV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SchedulingV1Package.PRIORITY_CLASS: return createPriorityClass();
			case SchedulingV1Package.PRIORITY_CLASS_LIST: return createPriorityClassList();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityClass createPriorityClass() {
		PriorityClassImpl priorityClass = new PriorityClassImpl();
		return priorityClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityClassList createPriorityClassList() {
		PriorityClassListImpl priorityClassList = new PriorityClassListImpl();
		return priorityClassList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchedulingV1Package getSchedulingV1Package() {
		return (SchedulingV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SchedulingV1Package getPackage() {
		return SchedulingV1Package.eINSTANCE;
	}

} //SchedulingV1FactoryImpl
